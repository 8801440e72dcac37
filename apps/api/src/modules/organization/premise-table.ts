import { parseCsv } from "@domovoy/domain";
import { badInput } from "../../shared/errors.js";

/** An XLSX unpacks to at most this much: a small file may be a zip bomb. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
const MAX_COLUMNS = 50;

const fileInvalid = (message: string) => badInput(message, "fileId", "IMPORT_FILE_INVALID");

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
const isOldExcel = (bytes: Buffer) => bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

/**
 * The sizes a zip's central directory declares for its entries, summed; null when the directory
 * cannot be read or uses ZIP64 (never needed by a sheet of a few thousand rows).
 */
export function zipUnpackedBytes(bytes: Buffer): number | null {
  const min = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = bytes.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return null;
    total += size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}

/** Text of a CSV as spreadsheets save it: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251. */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

function cellText(value: unknown): string {
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (v.error) return "";
  }
  return String(value);
}

async function readXlsx(bytes: Buffer, maxRows: number): Promise<string[][]> {
  const unpacked = zipUnpackedBytes(bytes);
  if (unpacked === null) throw fileInvalid("Файл XLSX повреждён: откройте его в Excel и сохраните ещё раз");
  if (unpacked > MAX_UNPACKED_BYTES) throw fileInvalid("Файл XLSX слишком большой в распакованном виде");
  // exceljs loads with the first import, not at every start.
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileInvalid("Не удалось прочитать файл XLSX: откройте его в Excel и сохраните ещё раз");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const last = Math.min(sheet.rowCount, maxRows);
  const width = Math.min(sheet.columnCount, MAX_COLUMNS);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/**
 * The file's first sheet (XLSX) or its lines (CSV) as rows of text, at most `maxRows` rows (the
 * caller refuses a file that has more). Anything else is BAD_USER_INPUT IMPORT_FILE_INVALID.
 */
export async function readTable(bytes: Buffer, maxRows: number): Promise<string[][]> {
  if (bytes.length === 0) throw fileInvalid("Файл пуст");
  if (isOldExcel(bytes)) throw fileInvalid("Формат .xls не поддерживается: сохраните файл как .xlsx или CSV");
  if (isZip(bytes)) return readXlsx(bytes, maxRows);
  const text = decodeCsv(bytes);
  const header = text.slice(0, text.search(/\r?\n|$/));
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(header)) throw fileInvalid("Файл не похож на таблицу: ожидается XLSX или CSV");
  return parseCsv(text, undefined, maxRows).map((cells) => cells.slice(0, MAX_COLUMNS));
}
