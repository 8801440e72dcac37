import ExcelJS from "exceljs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { REPORT_FIELDS, type OrderReportFieldValue, type ReportRow } from "./report-fields.js";

const DATETIME_FORMAT = "dd.mm.yyyy hh:mm";
const DECIMAL_FORMAT = "0.0";
const BUCKET_MS = 15 * 60_000;
/** Shared by every unstyled cell and row (see `addRows`). */
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});
/** Uncompressed sheet XML allowed to wait for the zip compressor before the writer pauses. */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;

type PipedStream = { pipes?: { _writableState?: { length: number }; once(event: string, listener: () => void): void }[] };

/**
 * UTC instant → the same wall time expressed as UTC. exceljs writes a Date as its UTC serial, and
 * Excel has no time zones, so a cell shows the organization's local time only if shifted by the
 * zone's offset at that instant. Offsets change only on quarter-hour boundaries, so one Intl call
 * per quarter hour seen is enough (a million rows touch a few thousand).
 */
export function wallClock(timeZone: string): (instant: Date) => Date {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const offsets = new Map<number, number>();
  const offsetAt = (bucket: number): number => {
    const start = bucket * BUCKET_MS;
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(start))) if (part.type !== "literal") p[part.type] = Number(part.value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - start;
  };
  return (instant) => {
    const ms = instant.getTime();
    const bucket = Math.floor(ms / BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      if (offsets.size > 200_000) offsets.clear();
      offset = offsetAt(bucket);
      offsets.set(bucket, offset);
    }
    return new Date(ms + offset);
  };
}

/**
 * The report workbook, written as it goes: each batch of rows is committed to the zip stream and
 * dropped, so memory stays flat however many rows follow. One sheet, bold frozen header, autofilter.
 */
export class ReportWorkbook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly converters: ((raw: unknown) => unknown)[];
  private readonly keys: string[];
  /** One style object per column, shared by its cells: exceljs caches styles by object identity. */
  private readonly styles: Partial<ExcelJS.Style>[];

  constructor(output: Writable, fields: readonly OrderReportFieldValue[], timeZone: string, now: Date) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false,
      // Fastest deflate: the writer waits for the compressor (see addRows), and XML still shrinks ~10×.
      zip: { zlib: { level: 1 } },
    } as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
    this.workbook.creator = "Домовой";
    this.workbook.created = now;
    this.sheet = this.workbook.addWorksheet("Заявки", { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    this.styles = fields.map((field) => {
      const kind = REPORT_FIELDS[field].kind;
      return kind === "DATETIME" ? { numFmt: DATETIME_FORMAT } : kind === "DECIMAL" ? { numFmt: DECIMAL_FORMAT } : PLAIN;
    });
    this.sheet.columns = fields.map((field, i) => ({ key: field, width: REPORT_FIELDS[field].width, ...(this.styles[i] !== PLAIN ? { style: this.styles[i] } : {}) }));
    const header = this.sheet.addRow(fields.map((field) => REPORT_FIELDS[field].title));
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    header.commit();
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } };
    const local = wallClock(timeZone);
    this.keys = [...fields];
    this.converters = fields.map((field) => {
      const def = REPORT_FIELDS[field];
      if (def.kind === "DATETIME") return (raw) => (raw == null ? null : local(new Date(Number(raw))));
      if (def.kind === "INTEGER" || def.kind === "DECIMAL") return (raw) => (raw == null ? null : Number(raw));
      const map = def.map;
      return map ? (raw) => map(raw) : (raw) => raw ?? null;
    });
  }

  /**
   * Adds rows and waits while the compressor lags behind. exceljs writes the sheet into the zip
   * without backpressure, so a writer faster than deflate would buffer the whole sheet in memory.
   */
  async addRows(rows: readonly ReportRow[]): Promise<void> {
    const { keys, converters, sheet, styles } = this;
    for (const row of rows) {
      const values = new Array<unknown>(keys.length);
      for (let i = 0; i < keys.length; i++) values[i] = converters[i]!(row[keys[i]!]);
      const added = sheet.addRow(values);
      // Without this every row and cell carries a fresh style object, and exceljs, which caches style
      // ids by object identity, serializes each one again to find its id (most of the time spent).
      (added as unknown as { style: unknown }).style = PLAIN;
      for (let i = 0; i < keys.length; i++) (added.getCell(i + 1) as { style: unknown }).style = styles[i];
      added.commit();
    }
    const zipInput = (sheet as unknown as { stream?: PipedStream }).stream?.pipes?.[0];
    while (zipInput && (zipInput._writableState?.length ?? 0) > MAX_PENDING_BYTES) await once(zipInput as never, "drain");
  }

  /** Closes the sheet and the zip; resolves when the last byte is handed to the output. */
  async finish(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}
