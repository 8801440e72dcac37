import { describe, expect, it } from "vitest";
import { notificationLocaleOr } from "./texts.js";

describe("notificationLocaleOr", () => {
  it.each([
    ["nothing named", [], "ru"],
    ["English", ["en"], "en"],
    ["a locale the server does not speak", ["de"], "ru"],
    ["not a string", [42], "ru"],
    ["the operation's over the connection's", ["ru", "en"], "ru"],
    ["the connection's when the operation names none", [undefined, "en"], "en"],
    ["the connection's when the operation's is unknown", ["de", "en"], "en"],
  ])("%s", (_, named, locale) => {
    expect(notificationLocaleOr(...named)).toBe(locale);
  });
});
