import {
  buildingIndex,
  buildingMatchProblem,
  csvLine,
  foldAddress,
  markRepeatedRows,
  PREMISE_IMPORT_HEADERS,
  PREMISE_IMPORT_MAX_ROWS,
  premiseSortKey,
  readHeader,
  readPremiseRows,
  repeatedAccount,
  unescapeCsvCell,
  type ImportProblem,
  type PremiseImportRow as TableRow,
} from "@domovoy/domain";
import { Readable } from "node:stream";
import type { AppDeps } from "../../deps.js";
import { requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, ErrorCode } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import type { FilesService, StoredFileRow } from "../files/files.service.js";
import { ObjectsRepository, type PremiseUpsert } from "./objects.repository.js";
import { PremiseImportAction, PremisesExportFormat, type PremiseImportPreview, type PremiseImportResult, type PremiseImportRow } from "./objects.type.js";
import type { BuildingRow, PremiseRow } from "./organization.repository.js";
import { readTable } from "./premise-table.js";

/** Rows the preview sends back: errors first; the counts cover the whole file. */
const PREVIEW_ROWS = 500;
/** Premises one export may hold. */
export const EXPORT_MAX_ROWS = 100_000;

type Analysis = { rows: PremiseImportRow[]; upserts: (PremiseUpsert | null)[] };

const columnTitle = (problem: ImportProblem) => (problem.column ? PREMISE_IMPORT_HEADERS[problem.column][0]! : null);

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** Whether applying the row would change the premise (only the columns the file has count). */
function differs(row: TableRow, existing: PremiseRow): boolean {
  return (
    (row.personalAccount !== undefined && row.personalAccount !== existing.personalAccount) ||
    (row.tags !== undefined && !sameTags(row.tags, existing.tags)) ||
    (row.note !== undefined && row.note !== existing.note)
  );
}

/**
 * Помещения из CSV/XLSX (BUILDINGS_MANAGE): the file is uploaded (`POST /files`, purpose
 * PREMISES_IMPORT), read on the server for a preview with row-level errors, then applied in one
 * transaction — refused while rows have errors unless the caller asks to skip them. Premises are
 * matched by building and number: an existing one is updated, so applying a file twice changes
 * nothing the second time.
 */
export class PremiseImportService {
  constructor(
    private readonly deps: AppDeps,
    private readonly files: FilesService,
  ) {}

  async preview(viewer: Viewer, fileId: string, buildingId: string | null): Promise<PremiseImportPreview> {
    const v = requirePermission(viewer, "BUILDINGS_MANAGE");
    const file = await this.files.ownUpload(v, fileId, "PREMISES_IMPORT");
    const repo = new ObjectsRepository(this.deps.database.db, v.organizationId);
    const { rows } = await this.analyze(repo, file, buildingId, false);
    const count = (action: PremiseImportAction) => rows.filter((r) => r.action === action).length;
    const withErrors = rows.filter((r) => r.errors.length > 0);
    return {
      fileId: file.id,
      fileName: file.fileName,
      totalRows: rows.length,
      errorRows: withErrors.length,
      createCount: count(PremiseImportAction.CREATE),
      updateCount: count(PremiseImportAction.UPDATE),
      unchangedCount: count(PremiseImportAction.UNCHANGED),
      rows: [...withErrors, ...rows.filter((r) => r.errors.length === 0)].slice(0, PREVIEW_ROWS),
    };
  }

  async apply(viewer: Viewer, fileId: string, buildingId: string | null, skipInvalidRows: boolean): Promise<PremiseImportResult> {
    const v = requirePermission(viewer, "BUILDINGS_MANAGE");
    const file = await this.files.ownUpload(v, fileId, "PREMISES_IMPORT");
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(ObjectsRepository);
      const { rows, upserts } = await this.analyze(repo, file, buildingId, true);
      const invalid = rows.filter((r) => r.errors.length > 0).length;
      if (invalid > 0 && !skipInvalidRows) {
        throw badInput(`В файле ${invalid} строк с ошибками: исправьте их или пропустите`, "fileId", "IMPORT_HAS_ERRORS");
      }
      const valid = upserts.filter((u): u is PremiseUpsert => u !== null);
      if (valid.length === 0) throw badInput("В файле нет строк, которые можно импортировать", "fileId", "IMPORT_NOTHING_TO_APPLY");
      const { created, updated } = await repo.upsertPremises(valid, this.deps.clock.now());
      if (created + updated > 0) {
        // Too many rows to name one by one: open lists re-read themselves.
        uow.directoryChanged("PREMISE", "UPDATED", []);
        uow.directoryChanged("BUILDING", "UPDATED", [...new Set(valid.map((u) => u.buildingId))]);
      }
      // The upload has done its job; its bytes go once this transaction commits.
      await this.files.remove(uow.tx, file.id, v.organizationId);
      return { created, updated, unchanged: valid.length - created - updated, skipped: invalid };
    });
  }

  /** Reads the file and decides each row: its building, its errors, and what applying it does. */
  private async analyze(repo: ObjectsRepository, file: StoredFileRow, buildingId: string | null, lock: boolean): Promise<Analysis> {
    let fixed: BuildingRow | undefined;
    if (buildingId !== null) {
      fixed = isUuid(buildingId) ? await repo.lockBuilding(buildingId) : undefined;
      if (!fixed) throw new AppError(ErrorCode.NOT_FOUND, "Объект не найден", { field: "buildingId", reason: "BUILDING_NOT_FOUND" });
    }
    const table = await readTable(await this.files.readAll(file), PREMISE_IMPORT_MAX_ROWS + 2);
    const [header, ...data] = table;
    if (!header) throw badInput("Файл пуст", "fileId", "IMPORT_FILE_INVALID");
    const columns = readHeader(header, { buildingFixed: !!fixed });
    if (!columns.ok) throw badInput(columns.message, "fileId", "IMPORT_FILE_INVALID");
    if (data.length > PREMISE_IMPORT_MAX_ROWS) {
      throw badInput(`В файле больше ${PREMISE_IMPORT_MAX_ROWS} строк: разделите его на части`, "fileId", "IMPORT_TOO_MANY_ROWS");
    }
    const tableRows = readPremiseRows(columns.columns, data.map((cells) => cells.map(unescapeCsvCell)), { buildingFixed: !!fixed });
    if (tableRows.length === 0) throw badInput("В файле нет строк с помещениями", "fileId", "IMPORT_FILE_INVALID");

    const find = fixed ? null : buildingIndex(await repo.buildingAddresses());
    const resolved = tableRows.map((row) => {
      let id: string | null = null;
      if (fixed) {
        if (row.buildingAddress && foldAddress(row.buildingAddress) !== foldAddress(fixed.address)) {
          row.errors.push({ column: "building", message: `Строка относится к объекту «${row.buildingAddress}», а импорт — в «${fixed.address}»` });
        } else id = fixed.id;
      } else if (row.buildingAddress) {
        const match = find!(row.buildingAddress);
        const problem = buildingMatchProblem(match, row.buildingAddress);
        if (problem) row.errors.push(problem);
        else if (match.kind === "FOUND") id = match.buildingId;
      }
      return { row, buildingId: id, rowNumber: row.rowNumber, errors: row.errors };
    });
    markRepeatedRows(resolved, (r) => (r.buildingId && r.row.number ? `${r.buildingId}\u0000${r.row.number}` : null));

    // A personal account names one premise: not a premise the row is not, nor two rows of the file.
    const accounts = [...new Set(resolved.map((r) => r.row.personalAccount).filter((a): a is string => !!a))];
    for (const holder of await repo.accountHolders(accounts)) {
      for (const r of resolved) {
        if (r.row.personalAccount !== holder.personalAccount || !r.buildingId) continue;
        if (holder.buildingId === r.buildingId && holder.number === r.row.number) continue;
        r.errors.push({ column: "personalAccount", message: `Лицевой счёт уже у помещения ${holder.number} (${holder.address})` });
      }
    }
    const accountKey = (r: (typeof resolved)[number]) =>
      r.row.personalAccount && r.buildingId && !r.errors.some((e) => e.column === "personalAccount") ? r.row.personalAccount : null;
    markRepeatedRows(resolved, accountKey, repeatedAccount);

    const keyed = resolved.filter((r) => r.buildingId && r.row.number);
    const existing = await repo.premisesByNumbers(
      [...new Set(keyed.map((r) => r.buildingId!))],
      [...new Set(keyed.map((r) => r.row.number))],
      lock,
    );
    const byKey = new Map(existing.map((p) => [`${p.buildingId}\u0000${p.number}`, p]));

    const rows: PremiseImportRow[] = [];
    const upserts: (PremiseUpsert | null)[] = [];
    for (const { row, buildingId: id } of resolved) {
      const ok = row.errors.length === 0 && id !== null;
      const current = ok ? byKey.get(`${id}\u0000${row.number}`) : undefined;
      const action = !ok ? null : !current ? PremiseImportAction.CREATE : differs(row, current) ? PremiseImportAction.UPDATE : PremiseImportAction.UNCHANGED;
      rows.push({
        rowNumber: row.rowNumber,
        buildingAddress: row.buildingAddress ?? fixed?.address ?? null,
        buildingId: id,
        number: row.number,
        personalAccount: row.personalAccount ?? null,
        tags: row.tags ?? null,
        note: row.note ?? null,
        action,
        errors: row.errors.map((p) => ({ column: columnTitle(p), message: p.message })),
      });
      upserts.push(
        ok
          ? {
              buildingId: id!,
              number: row.number,
              sortKey: premiseSortKey(row.number),
              ...(row.personalAccount !== undefined ? { personalAccount: row.personalAccount } : {}),
              ...(row.tags !== undefined ? { tags: row.tags } : {}),
              ...(row.note !== undefined ? { note: row.note } : {}),
            }
          : null,
      );
    }
    return { rows, upserts };
  }

  /**
   * The premises of one building (or all) as XLSX or CSV with the import's columns, so the file
   * can be edited and imported back. Kept as the author's report file (downloaded once, swept later).
   */
  async export(viewer: Viewer, buildingId: string | null, format: PremisesExportFormat): Promise<StoredFileRow> {
    const v = requirePermission(viewer, "BUILDINGS_MANAGE");
    const repo = new ObjectsRepository(this.deps.database.db, v.organizationId);
    let building: BuildingRow | undefined;
    if (buildingId !== null) {
      building = isUuid(buildingId) ? await repo.lockBuilding(buildingId) : undefined;
      if (!building) throw new AppError(ErrorCode.NOT_FOUND, "Объект не найден", { field: "buildingId", reason: "BUILDING_NOT_FOUND" });
    }
    const premises = await repo.premisesForExport(building?.id ?? null, EXPORT_MAX_ROWS + 1);
    if (premises.length > EXPORT_MAX_ROWS) {
      throw badInput(`Помещений больше ${EXPORT_MAX_ROWS}: выгрузите их по объектам`, "buildingId", "TOO_MANY");
    }
    const header = (["building", "number", "personalAccount", "tags", "note"] as const).map((c) => PREMISE_IMPORT_HEADERS[c][0]!);
    const cells = premises.map((p) => [p.address, p.number, p.personalAccount ?? "", p.tags.join(", "), p.note ?? ""]);
    const bytes = format === PremisesExportFormat.CSV ? csvBytes(header, cells) : await xlsxBytes(header, cells);
    const base = building ? `Помещения ${building.address}` : "Помещения";
    return this.files.store({
      organizationId: v.organizationId,
      purpose: "REPORT",
      fileName: `${base}.${format === PremisesExportFormat.CSV ? "csv" : "xlsx"}`,
      body: Readable.from([bytes]),
      by: { kind: "EMPLOYEE", employeeId: v.employeeId },
      attached: false,
    });
  }
}

/** UTF-8 with a BOM and «;»: what Excel in a Russian locale opens as a table. */
function csvBytes(header: string[], rows: string[][]): Buffer {
  const lines = [header, ...rows].map((cells) => csvLine(cells, ";"));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n") + "\r\n", "utf8")]);
}

async function xlsxBytes(header: string[], rows: string[][]): Promise<Buffer> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Домовой";
  const sheet = workbook.addWorksheet("Помещения", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: [40, 12, 20, 30, 50][i] }));
  sheet.getRow(1).font = { bold: true };
  // Text cells throughout: «007» stays «007», not the number 7.
  for (const cells of rows) sheet.addRow(cells);
  for (let c = 1; c <= header.length; c++) sheet.getColumn(c).numFmt = "@";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
