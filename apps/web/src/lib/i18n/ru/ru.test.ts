import { describe, expect, it } from "vitest";
import { ru, ruParts } from "./index";

describe("Russian catalog parts", () => {
  it("define each key once, so a spread never overrides a text silently", () => {
    const keys = Object.values(ruParts).flatMap((part) => Object.keys(part));
    expect(keys.length).toBe(new Set(keys).size);
    expect(Object.keys(ru).length).toBe(keys.length);
  });
});
