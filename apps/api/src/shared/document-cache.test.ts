import { buildSchema, specifiedRules } from "graphql";
import { describe, expect, it } from "vitest";
import { documentCache } from "./document-cache.js";

const schema = buildSchema(`type Query { a: Int b: Int } type Subscription { counter: Int }`);

describe("documentCache", () => {
  it("parses and validates a text once: every subscriber with the same text shares one document", () => {
    const check = documentCache(schema, specifiedRules, { maxTokens: 100 });
    const first = check("subscription { counter }");
    const second = check("subscription { counter }");
    expect(first.document).toBeDefined();
    expect(second.document).toBe(first.document);
    expect(check.size).toBe(1);
  });

  it.each([
    ["a parse error", "subscription { counter", true],
    ["a validation error", "subscription { nope }", false],
    ["too many tokens", `{ ${"a ".repeat(200)} }`, true],
  ])("answers %s with errors and keeps nothing", (_name, text, parseFailed) => {
    const check = documentCache(schema, specifiedRules, { maxTokens: 100 });
    const result = check(text);
    // A document that parsed comes back with its errors, so the request log can name the operation.
    expect(result.document === undefined).toBe(parseFailed);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(check.size).toBe(0);
    expect(check(text).document).not.toBe(result.document ?? {});
  });

  it("holds at most `size` texts, letting the oldest go", () => {
    const check = documentCache(schema, specifiedRules, { maxTokens: 100, size: 2 });
    const a = check("{ a }").document;
    check("{ b }");
    check("{ a b }");
    expect(check.size).toBe(2);
    expect(check("{ a }").document).not.toBe(a);
  });
});
