import { strFromU8, unzipSync } from "fflate";

/**
 * Reads a .docx back (tests and checks): unzips the package and returns the text of
 * word/document.xml, paragraph by paragraph, and the table rows as arrays of cell texts.
 */
export function readDocx(bytes: Uint8Array): { xml: string; paragraphs: string[]; rows: string[][]; files: string[] } {
  const files = unzipSync(bytes);
  const entry = files["word/document.xml"];
  if (!entry) throw new Error("not a .docx: word/document.xml is missing");
  const xml = strFromU8(entry);
  const textOf = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join("")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])));
  return { xml, paragraphs, rows, files: Object.keys(files) };
}
