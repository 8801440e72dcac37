import { describe, expect, it } from "vitest";
import type { Outcome } from "$lib/graphql/mutate";
import { refusal } from "$lib/test/errors";
import { Busy, Form } from "./form.svelte";

const refused = (error = refusal({ message: "Занято", field: "input.email" })): Outcome<never> => ({ ok: false, data: null, error, fields: {} });

describe("Form", () => {
  it("does not send a draft with problems found before sending", async () => {
    const sent: string[] = [];
    const form = new Form({
      draft: () => ({ email: "" }),
      validate: (draft): Record<string, string> => (draft.email ? {} : { "input.email": "Обязательно" }),
      save: async (draft) => {
        sent.push(draft.email);
        return { ok: true, data: draft.email, error: null };
      },
    });
    expect(await form.submit()).toBe(false);
    expect(sent).toEqual([]);
    expect(form.errors).toEqual({ "input.email": "Обязательно" });

    form.draft.email = "a@b.example";
    expect(await form.submit()).toBe(true);
    expect(sent).toEqual(["a@b.example"]);
    expect(form.errors).toEqual({});
  });

  it("is saving while the action runs and refuses a second submit meanwhile", async () => {
    let finish: (outcome: Outcome<string>) => void = () => {};
    let calls = 0;
    const form = new Form({
      draft: () => ({}),
      save: () => {
        calls++;
        return new Promise<Outcome<string>>((resolve) => (finish = resolve));
      },
    });
    const first = form.submit();
    expect(form.saving).toBe(true);
    expect(await form.submit()).toBe(false);
    finish({ ok: true, data: "done", error: null });
    expect(await first).toBe(true);
    expect(form.saving).toBe(false);
    expect(calls).toBe(1);
  });

  it("shows the server's refusals by field, the local ones first, and hands a success to saved", async () => {
    let outcome: Outcome<string> = refused();
    const saved: string[] = [];
    const form = new Form({ draft: () => ({ email: "x" }), save: async () => outcome, saved: (value) => saved.push(value) });
    await form.submit();
    expect(form.errors).toEqual({ "input.email": "Занято" });
    expect(form.unplaced).toBeNull();
    form.forget("input.email");
    expect(form.errors).toEqual({});

    outcome = refused(refusal({ message: "Нет доступа", code: "FORBIDDEN" }));
    await form.submit();
    expect(form.unplaced?.message).toContain("Нет доступа");

    outcome = { ok: true, data: "saved", error: null };
    await form.submit();
    expect(saved).toEqual(["saved"]);
    expect(form.error).toBeNull();
  });

  it("maps server errors with its own `fields`, and reset goes back to the first draft", async () => {
    const form = new Form({
      draft: () => ({ note: "" }),
      fields: (error): Record<string, string> => (error ? { "input.moved": "здесь" } : {}),
      save: async () => refused(),
    });
    form.draft.note = "changed";
    await form.submit();
    expect(form.errors).toEqual({ "input.moved": "здесь" });
    form.reset();
    expect(form.draft).toEqual({ note: "" });
    expect(form.errors).toEqual({});
  });
});

describe("Busy", () => {
  it("marks a key while its action runs, also when it throws", async () => {
    const busy = new Busy();
    let release: () => void = () => {};
    const running = busy.run(() => new Promise<void>((resolve) => (release = resolve)), "a");
    expect(busy.has("a")).toBe(true);
    expect(busy.has("b")).toBe(false);
    expect(busy.active).toBe(true);
    release();
    await running;
    expect(busy.active).toBe(false);
    await expect(busy.run(() => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(busy.active).toBe(false);
  });
});
