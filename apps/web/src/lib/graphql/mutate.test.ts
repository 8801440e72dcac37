import type { Client, CombinedError, TypedDocumentNode } from "@urql/core";
import { parse } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { refusal } from "$lib/test/errors";
import { toasts } from "$lib/toast.svelte";
import { failureToasted, mapOutcome, mutate } from "./mutate";

const SaveMutation = parse("mutation Save($name: String!) { save(name: $name) { id } }") as TypedDocumentNode<{ save: { id: string } }, { name: string }>;

/** A client whose every mutation answers with `answer` (no network). */
function answering(answer: { data?: unknown; error?: CombinedError }): Client {
  return { mutation: () => ({ toPromise: async () => ({ data: answer.data, error: answer.error }) }) } as unknown as Client;
}

afterEach(() => {
  toasts.items = [];
});

describe("mutate", () => {
  it("hands back the data and toasts the success", async () => {
    const client = answering({ data: { save: { id: "1" } } });
    const outcome = await mutate(SaveMutation, { name: "x" }, { client, success: { message: "Сохранено", testid: "saved" } });
    expect(outcome).toEqual({ ok: true, data: { save: { id: "1" } }, error: null });
    expect(toasts.items.map((t) => [t.tone, t.message, t.testid])).toEqual([["success", "Сохранено", "saved"]]);
  });

  it("toasts a refusal with the API's message", async () => {
    const client = answering({ error: refusal({ message: "Нет доступа", code: "FORBIDDEN" }) });
    const outcome = await mutate(SaveMutation, { name: "x" }, { client, failure: { testid: "save-error" } });
    expect(outcome.ok).toBe(false);
    expect(toasts.items.map((t) => [t.tone, t.message, t.testid])).toEqual([["error", "Нет доступа", "save-error"]]);
  });

  it("leaves a refusal the form shows at a field to the form", async () => {
    const client = answering({ error: refusal({ message: "Слишком длинно", field: "input.text" }) });
    const outcome = await mutate(SaveMutation, { name: "x" }, { client, failure: { shownAt: ["input.text"] } });
    expect(outcome).toMatchObject({ ok: false, fields: { "input.text": "Слишком длинно" } });
    expect(toasts.items).toEqual([]);
  });

  it("wraps the message when asked, and stays silent with failure: false", async () => {
    const client = answering({ error: refusal({ message: "Ошибка", code: "NOT_FOUND" }) });
    await mutate(SaveMutation, { name: "x" }, { client, failure: { message: (m) => `Не сохранено: ${m}` } });
    await mutate(SaveMutation, { name: "x" }, { client, failure: false });
    expect(toasts.items.map((t) => t.message)).toEqual(["Не сохранено: Ошибка"]);
  });

  it("maps the payload of a success and passes a failure through", async () => {
    const ok = await mutate(SaveMutation, { name: "x" }, { client: answering({ data: { save: { id: "7" } } }) });
    expect(mapOutcome(ok, (d) => d.save.id)).toEqual({ ok: true, data: "7", error: null });
    const failed = await mutate(SaveMutation, { name: "x" }, { client: answering({ error: refusal({ message: "x" }) }), failure: false });
    expect(mapOutcome(failed, () => "never")).toBe(failed);
  });
});

describe("failureToasted", () => {
  it.each([
    [undefined, {}, true],
    [false as const, {}, false],
    [{ shownAt: "any" as const }, { "input.a": "x" }, false],
    [{ shownAt: "any" as const }, {}, true],
    [{ shownAt: ["input.a"] }, { "input.b": "x" }, true],
    [{ shownAt: ["input.a"] }, { "input.a": "x" }, false],
  ])("%j with fields %j → %s", (failure, fields, expected) => {
    expect(failureToasted(failure, fields)).toBe(expected);
  });
});
