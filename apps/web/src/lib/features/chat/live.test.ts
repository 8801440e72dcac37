import { describe, expect, it } from "vitest";
import type { ChatMessageItemFragment } from "$lib/graphql/generated/graphql";
import { appendPhrase, insertAt, mergeChat } from "./live";

const message = (id: string, revision: number, createdAt = "2026-01-01T10:00:00Z", state = "SENT") =>
  ({ id, revision, createdAt, state }) as unknown as ChatMessageItemFragment;

describe("mergeChat", () => {
  it("keeps the highest revision of each message, whatever the order of the sources", () => {
    const loaded = [message("m1", 1), message("m2", 1, "2026-01-01T09:00:00Z")];
    const pushed = [message("m1", 3, undefined, "READ")];
    const stale = [message("m1", 2)];
    const merged = mergeChat(loaded, pushed, stale);
    expect(merged.map((m) => [m.id, m.revision])).toEqual([
      ["m2", 1],
      ["m1", 3],
    ]);
    expect(merged[1]!.state).toBe("READ");
  });

  it("sorts by time, then by id", () => {
    const merged = mergeChat([message("b", 1), message("a", 1), message("c", 1, "2026-01-01T08:00:00Z")]);
    expect(merged.map((m) => m.id)).toEqual(["c", "a", "b"]);
  });
});

describe("composer text", () => {
  it.each([
    ["", "Здравствуйте", "Здравствуйте"],
    ["Здравствуйте", "мастер придёт", "Здравствуйте мастер придёт"],
    ["Здравствуйте ", "мастер", "Здравствуйте мастер"],
    ["Строка\n", "вторая", "Строка\nвторая"],
  ])("appendPhrase(%j, %j) → %j", (text, phrase, expected) => {
    expect(appendPhrase(text, phrase)).toBe(expected);
  });

  it("inserts in place of the selection and puts the caret after the insertion", () => {
    expect(insertAt("Добрый день", "👍 ", 0, 0)).toEqual({ text: "👍 Добрый день", caret: 3 });
    expect(insertAt("Добрый день", "вечер", 7, 11)).toEqual({ text: "Добрый вечер", caret: 12 });
  });
});
