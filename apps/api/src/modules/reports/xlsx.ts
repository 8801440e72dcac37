import { wallClock } from "@domovoy/domain";
import ExcelJS from "exceljs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { REPORT_FIELDS, type OrderReportFieldValue, type ReportRow } from "./report-fields.js";

const DATETIME_FORMAT = "dd.mm.yyyy hh:mm";
const DECIMAL_FORMAT = "0.0";
/** Uncompressed sheet XML allowed to wait for the zip compressor before the writer pauses. */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;

const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/** The parts of exceljs's streaming sheet writer the row fast path uses (exceljs 4.4). */
type SheetInternals = {
  stream: { write(chunk: string): void; pipes?: { _writableState?: { length: number } }[] };
  _rowZero: number;
};
type StylesInternals = { addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number };

// XML 1.0 forbids these control characters even escaped: they are dropped.
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
// eslint-disable-next-line no-control-regex
const XML_SPECIAL_ALL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => XML_ENTITIES[c] ?? "") : text;
}

function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** One cell's XML for a raw value of the report statement; "" for an empty cell. */
type CellWriter = (raw: unknown, ref: string) => string;

/** The wall clock of the organization's zone: Excel has no time zones (@domovoy/domain). */
export { wallClock };

/**
 * The report workbook, written as it goes: each batch of rows goes into the zip stream and is
 * dropped, so memory stays flat however many rows follow. One sheet, bold frozen header with an
 * autofilter, column widths, dates and decimals with number formats.
 *
 * exceljs writes the package (styles, sheet view, columns, autofilter, the header row); the data
 * rows are serialized here straight into the sheet's stream. exceljs builds a Row and a Cell object
 * per value and renders each through its XML writer, which is most of the time of a large report;
 * the cells written here are the same SpreadsheetML (numbers, inline strings, styled date serials),
 * with style ids from exceljs's own style table, so the file is the one exceljs would have written.
 */
export class ReportWorkbook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly internals: SheetInternals;
  private readonly writers: CellWriter[];
  private readonly letters: string[];

  constructor(output: Writable, fields: readonly OrderReportFieldValue[], timeZone: string, now: Date) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
      // Fastest deflate: the writer waits for the compressor (see addRows), and XML still shrinks ~10×.
      zip: { zlib: { level: 1 } },
    } as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
    this.workbook.creator = "Домовой";
    this.workbook.created = now;
    this.sheet = this.workbook.addWorksheet("Заявки", { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    const formats = fields.map((field) => {
      const kind = REPORT_FIELDS[field].kind;
      return kind === "DATETIME" ? DATETIME_FORMAT : kind === "DECIMAL" ? DECIMAL_FORMAT : undefined;
    });
    this.sheet.columns = fields.map((field, i) => ({ key: field, width: REPORT_FIELDS[field].width, ...(formats[i] ? { style: { numFmt: formats[i] } } : {}) }));
    const header = this.sheet.addRow(fields.map((field) => REPORT_FIELDS[field].title));
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    header.commit();
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } };
    this.internals = this.sheet as unknown as SheetInternals;
    const styles = (this.workbook as unknown as { styles: StylesInternals }).styles;
    const local = wallClock(timeZone);
    this.letters = fields.map((_, i) => columnLetters(i));
    this.writers = fields.map((field, i) => {
      const def = REPORT_FIELDS[field];
      if (def.kind === "DATETIME") {
        const s = styles.addStyleModel({ numFmt: formats[i]! }, ExcelJS.ValueType.Date);
        return (raw, ref) => (raw == null ? "" : `<c r="${ref}" s="${s}"><v>${local(new Date(Number(raw))).getTime() / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`);
      }
      if (def.kind === "DECIMAL" || def.kind === "INTEGER") {
        const s = def.kind === "DECIMAL" ? ` s="${styles.addStyleModel({ numFmt: formats[i]! }, ExcelJS.ValueType.Number)}"` : "";
        return (raw, ref) => (raw == null || !Number.isFinite(Number(raw)) ? "" : `<c r="${ref}"${s}><v>${Number(raw)}</v></c>`);
      }
      const map = def.map;
      return (raw, ref) => {
        const value = map ? map(raw) : raw;
        if (value == null || value === "") return "";
        const text = xmlText(String(value));
        const space = text !== text.trim() ? ' xml:space="preserve"' : "";
        return `<c r="${ref}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
      };
    });
  }

  /**
   * Writes rows and waits while the compressor lags behind. exceljs hands the sheet to the zip
   * without backpressure, so a writer faster than deflate would buffer the whole sheet in memory.
   */
  async addRows(rows: readonly ReportRow[]): Promise<void> {
    const { writers, letters, internals } = this;
    let xml = "";
    let number = internals._rowZero;
    for (const row of rows) {
      xml += `<row r="${number}">`;
      for (let i = 0; i < writers.length; i++) xml += writers[i]!(row[i], letters[i]! + number);
      xml += "</row>";
      number++;
    }
    internals._rowZero = number;
    if (xml) internals.stream.write(xml);
    const zipInput = internals.stream.pipes?.[0];
    while (zipInput && (zipInput._writableState?.length ?? 0) > MAX_PENDING_BYTES) await once(zipInput as never, "drain");
  }

  /** Closes the sheet and the zip; resolves when the last byte is handed to the output. */
  async finish(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}
