import { describe, expect, it } from "vitest";
import { callKindKey, dialable, formatDuration } from "./format";

describe("call formatting", () => {
  it.each([
    [null, "—"],
    [0, "0:00"],
    [65, "1:05"],
    [720, "12:00"],
    [3723, "1:02:03"],
  ])("duration %s is %s", (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it.each([
    ["INCOMING", "ENDED", "calls.kind.incoming"],
    ["OUTGOING", "ENDED", "calls.kind.outgoing"],
    ["INCOMING", "MISSED", "calls.kind.missed"],
    ["OUTGOING", "MISSED", "calls.kind.noAnswer"],
    ["INCOMING", "RINGING", "calls.kind.ringing"],
  ] as const)("%s %s is %s", (direction, status, key) => expect(callKindKey(direction, status)).toBe(key));

  it("«Перезвонить» dials the digits", () => expect(dialable("+7 (916) 000-00-01")).toBe("+79160000001"));
});
