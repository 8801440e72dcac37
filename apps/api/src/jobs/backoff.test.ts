import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff.js";

describe("retryDelayMs", () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [9, 512_000],
    [10, 600_000],
    [50, 600_000],
    [0, 2_000],
    [Number.NaN, 2_000],
  ])("after %s failed attempts waits %s ms", (attempts, expected) => {
    expect(retryDelayMs(attempts)).toBe(expected);
  });
});
