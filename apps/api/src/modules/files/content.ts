
export const TEXT_PLAIN = "text/plain; charset=utf-8";
export const OCTET_STREAM = "application/octet-stream";

/** Shown in the browser (`inline`); everything else is downloaded (`attachment`). */
const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp", "application/pdf"]);

/** Valid UTF-8 without control characters other than tab and line breaks: a text file. */
function looksLikeText(head: Buffer, complete: boolean): boolean {
  if (head.length === 0) return true;
  let bytes = head;
  if (!complete) {
    // The head may end inside a multi-byte character: drop an incomplete trailing sequence.
    let cut = bytes.length;
    for (let i = 1; i <= 3 && i <= bytes.length; i++) {
      const b = bytes[bytes.length - i]!;
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > i) cut = bytes.length - i;
      break;
    }
    bytes = bytes.subarray(0, cut);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The content type from the bytes themselves; the client's claim is never used. */
export async function sniffContentType(head: Buffer, size: number): Promise<string> {
  // Loaded with the first upload: most instances start and idle without one.
  const detected = head.length > 0 ? await (await import("file-type")).fileTypeFromBuffer(head) : undefined;
  if (detected) return detected.mime;
  return looksLikeText(head, head.length >= size) ? TEXT_PLAIN : OCTET_STREAM;
}

export function isInlineType(contentType: string): boolean {
  return INLINE_TYPES.has(contentType);
}

export const MAX_FILE_NAME_LENGTH = 200;

/**
 * The original name as the user had it (Cyrillic kept): without folders, control characters and
 * characters Windows forbids, trimmed, at most MAX_FILE_NAME_LENGTH characters with the
 * extension kept; «файл» when nothing is left.
 */
export function sanitizeFileName(raw: string | null | undefined): string {
  let name = (raw ?? "").normalize("NFC");
  name = name.split(/[/\\]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  name = name.replace(/[<>:"|?*]/g, "_").replace(/\s+/g, " ").trim();
  name = name.replace(/^\.+/, "").trim();
  if (!name) return "файл";
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  if (ext.length > 0 && ext.length <= 16) {
    return [...chars.slice(0, MAX_FILE_NAME_LENGTH - ext.length), ...ext].join("");
  }
  return chars.slice(0, MAX_FILE_NAME_LENGTH).join("");
}

/** RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? "inline" : "attachment"}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
