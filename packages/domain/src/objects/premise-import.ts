/**
 * Import of premises from a table (CSV or XLSX, already read into rows of text): which columns
 * mean what, and what is wrong with each row. The API reads the file and looks the buildings up;
 * everything decided about the table is decided here.
 */

export const PREMISE_IMPORT_MAX_ROWS = 5000;
export const PREMISE_NUMBER_MAX = 20;
export const PERSONAL_ACCOUNT_MAX = 30;
export const PREMISE_NOTE_MAX = 2000;
export const PREMISE_TAGS_MAX = 20;
export const PREMISE_TAG_MAX = 40;

export type PremiseImportColumn = "building" | "number" | "personalAccount" | "tags" | "note";

/** The header written by the export, first; other spellings people use are accepted too. */
export const PREMISE_IMPORT_HEADERS: Record<PremiseImportColumn, readonly string[]> = {
  building: ["Объект", "Адрес", "Адрес объекта", "Дом"],
  number: ["Номер", "Помещение", "Номер помещения", "Квартира", "№"],
  personalAccount: ["Лицевой счёт", "ЛС", "Л/с"],
  tags: ["Теги"],
  note: ["Примечание"],
};

export const PREMISE_IMPORT_COLUMNS = Object.keys(PREMISE_IMPORT_HEADERS) as PremiseImportColumn[];

/** Lower case, «ё» as «е», one space between words, no dots or commas at the ends. */
export function foldText(value: string): string {
  return value
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;]+|[\s.,;]+$/g, "");
}

/** Addresses compare without case, «ё», extra spaces, and with «,» and «.» treated as spaces. */
export function foldAddress(value: string): string {
  return foldText(value.replace(/[.,]/g, " "));
}

export type ImportProblem = { column: PremiseImportColumn | null; message: string };

export type PremiseImportRow = {
  /** The row's number in the file (the header is row 1). */
  rowNumber: number;
  buildingAddress: string | null;
  number: string;
  /** Undefined where the file has no such column: the premise keeps its value. */
  personalAccount?: string | null;
  tags?: string[];
  note?: string | null;
  errors: ImportProblem[];
};

export type HeaderResult = { ok: true; columns: (PremiseImportColumn | null)[] } | { ok: false; message: string };

const HEADER_LOOKUP = new Map<string, PremiseImportColumn>(
  PREMISE_IMPORT_COLUMNS.flatMap((column) => PREMISE_IMPORT_HEADERS[column].map((h) => [foldText(h), column] as const)),
);

/**
 * Which column each header cell names. Unknown and repeated headers are refused (data in a column
 * nobody reads would be lost silently); «Номер» is required, and «Объект» unless the import is
 * into one building.
 */
export function readHeader(header: readonly string[], options: { buildingFixed: boolean }): HeaderResult {
  const columns: (PremiseImportColumn | null)[] = [];
  const seen = new Set<PremiseImportColumn>();
  for (const cell of header) {
    const text = foldText(cell);
    if (!text) {
      columns.push(null);
      continue;
    }
    const column = HEADER_LOOKUP.get(text);
    if (!column) return { ok: false, message: `Неизвестный столбец «${cell.trim()}». Ожидаются: ${expectedHeaders()}` };
    if (seen.has(column)) return { ok: false, message: `Столбец «${cell.trim()}» повторяется` };
    seen.add(column);
    columns.push(column);
  }
  if (!seen.has("number")) return { ok: false, message: `Нет столбца «Номер». Ожидаются: ${expectedHeaders()}` };
  if (!seen.has("building") && !options.buildingFixed) return { ok: false, message: `Нет столбца «Объект». Ожидаются: ${expectedHeaders()}` };
  return { ok: true, columns };
}

function expectedHeaders(): string {
  return PREMISE_IMPORT_COLUMNS.map((c) => `«${PREMISE_IMPORT_HEADERS[c][0]}»`).join(", ");
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** «кв. 7», «кв 7» and «7» are the same flat. */
export function normalizePremiseNumber(value: string): string {
  return value
    .trim()
    .replace(/^(кв|квартира|пом|помещение)\.?\s*/i, "")
    .replace(/\s+/g, " ");
}

function splitTags(value: string): string[] {
  return [...new Set(value.split(/[,;]/).map((t) => t.trim()).filter(Boolean))];
}

/**
 * The rows of the table after its header, each with its problems; blank rows are skipped.
 * Repeats are found by `markRepeatedRows` once the buildings are known.
 */
export function readPremiseRows(
  columns: readonly (PremiseImportColumn | null)[],
  rows: readonly (readonly string[])[],
  options: { buildingFixed: boolean; firstRowNumber?: number },
): PremiseImportRow[] {
  const result: PremiseImportRow[] = [];
  const index = (column: PremiseImportColumn) => columns.indexOf(column);
  const has = (column: PremiseImportColumn) => index(column) >= 0;
  rows.forEach((cells, i) => {
    const rowNumber = (options.firstRowNumber ?? 2) + i;
    if (cells.every((c) => !c.trim())) return;
    const errors: ImportProblem[] = [];
    const cell = (column: PremiseImportColumn) => (has(column) ? (cells[index(column)] ?? "").trim() : "");
    for (const column of PREMISE_IMPORT_COLUMNS) {
      if (CONTROL.test(cell(column))) errors.push({ column, message: "Недопустимые управляющие символы в ячейке" });
    }
    const clean = (column: PremiseImportColumn) => cell(column).replace(new RegExp(CONTROL.source, "g"), "");

    const number = normalizePremiseNumber(clean("number"));
    if (!number) errors.push({ column: "number", message: "Не указан номер помещения" });
    else if (number.length > PREMISE_NUMBER_MAX) errors.push({ column: "number", message: `Номер не длиннее ${PREMISE_NUMBER_MAX} символов` });

    let buildingAddress: string | null = null;
    if (!options.buildingFixed || has("building")) {
      buildingAddress = clean("building").replace(/\s+/g, " ") || null;
      if (!buildingAddress && !options.buildingFixed) errors.push({ column: "building", message: "Не указан объект" });
    }

    const row: PremiseImportRow = { rowNumber, buildingAddress, number, errors };
    if (has("personalAccount")) {
      const account = clean("personalAccount").replace(/\s+/g, "");
      if (account.length > PERSONAL_ACCOUNT_MAX) errors.push({ column: "personalAccount", message: `Лицевой счёт не длиннее ${PERSONAL_ACCOUNT_MAX} символов` });
      row.personalAccount = account || null;
    }
    if (has("tags")) {
      const tags = splitTags(clean("tags"));
      if (tags.length > PREMISE_TAGS_MAX) errors.push({ column: "tags", message: `Не больше ${PREMISE_TAGS_MAX} тегов` });
      else if (tags.some((t) => t.length > PREMISE_TAG_MAX)) errors.push({ column: "tags", message: `Тег не длиннее ${PREMISE_TAG_MAX} символов` });
      row.tags = tags;
    }
    if (has("note")) {
      const note = clean("note");
      if (note.length > PREMISE_NOTE_MAX) errors.push({ column: "note", message: `Примечание не длиннее ${PREMISE_NOTE_MAX} символов` });
      row.note = note || null;
    }

    result.push(row);
  });
  return result;
}

/** A building's address as the file names it, matched against the organization's buildings. */
export type BuildingMatch = { kind: "FOUND"; buildingId: string } | { kind: "UNKNOWN" } | { kind: "AMBIGUOUS" };

/** Index of the organization's buildings by folded address; an address two buildings share is ambiguous. */
export function buildingIndex(buildings: readonly { id: string; address: string }[]): (address: string) => BuildingMatch {
  const byAddress = new Map<string, string | null>();
  for (const b of buildings) {
    const key = foldAddress(b.address);
    byAddress.set(key, byAddress.has(key) ? null : b.id);
  }
  return (address) => {
    const key = foldAddress(address);
    if (!byAddress.has(key)) return { kind: "UNKNOWN" };
    const id = byAddress.get(key);
    return id ? { kind: "FOUND", buildingId: id } : { kind: "AMBIGUOUS" };
  };
}

/** The message for a row whose building was not matched. */
export function buildingMatchProblem(match: BuildingMatch, address: string): ImportProblem | null {
  if (match.kind === "UNKNOWN") return { column: "building", message: `Объект «${address}» не найден` };
  if (match.kind === "AMBIGUOUS") return { column: "building", message: `Несколько объектов с адресом «${address}»: уточните адрес` };
  return null;
}

/**
 * A row naming the same premise (building and number) as an earlier row is an error: which of the
 * two is meant? Rows without a key (no building or number found) are left alone.
 */
export function markRepeatedRows<R extends { rowNumber: number; errors: ImportProblem[] }>(
  rows: readonly R[],
  keyOf: (row: R) => string | null,
  problem: (earlierRow: number) => ImportProblem = (earlier) => ({ column: "number", message: `Помещение повторяет строку ${earlier}` }),
): void {
  const firstSeen = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) row.errors.push(problem(earlier));
    else firstSeen.set(key, row.rowNumber);
  }
}

/** Two rows giving one personal account to different premises: the account would name both. */
export const repeatedAccount = (earlier: number): ImportProblem => ({ column: "personalAccount", message: `Лицевой счёт повторяет строку ${earlier}` });
