import { describe, expect, it } from "vitest";
import { contentDisposition, MAX_FILE_NAME_LENGTH, sanitizeFileName, sniffContentType } from "./content.js";

describe("sanitizeFileName", () => {
  it.each([
    ["Акт №5.pdf", "Акт №5.pdf"],
    ["C:\\Users\\Иван\\Desktop\\счёт.xlsx", "счёт.xlsx"],
    ["../../etc/passwd", "passwd"],
    ["a\u0000b\u0007c\n.txt", "abc.txt"],
    ["evil\u202etxt.exe", "eviltxt.exe"],
    ['what"<>|?*.txt', "what______.txt"],
    ["...", "файл"],
    ["", "файл"],
    [null, "файл"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it("caps the length and keeps the extension", () => {
    const name = sanitizeFileName(`${"я".repeat(500)}.docx`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith(".docx")).toBe(true);
  });
});

describe("sniffContentType", () => {
  it("uses the bytes: magic numbers, then UTF-8 text, then octet-stream", async () => {
    expect(await sniffContentType(Buffer.from("%PDF-1.7\n%âãÏÓ\n"), 16)).toBe("application/pdf");
    expect(await sniffContentType(Buffer.from("Привет"), 12)).toBe("text/plain; charset=utf-8");
    expect(await sniffContentType(Buffer.from([0xd0]), 1)).toBe("application/octet-stream");
    // A head cut inside a two-byte letter is still text when the file goes on.
    expect(await sniffContentType(Buffer.from("Привет").subarray(0, 11), 100)).toBe("text/plain; charset=utf-8");
    expect(await sniffContentType(Buffer.from("MZ\u0000\u0001"), 4)).not.toMatch(/^text/);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Счёт (март).pdf", true)).toBe(`inline; filename="____ (____).pdf"; filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82%20%28%D0%BC%D0%B0%D1%80%D1%82%29.pdf`);
    expect(contentDisposition('a"b.txt', false)).toMatch(/^attachment; filename="a_b.txt"/);
  });
});
