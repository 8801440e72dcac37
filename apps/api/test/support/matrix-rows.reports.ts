import { dispatcherPermission, type Expectation, type MatrixRow, type Actor } from "./matrix-kit.js";

/** A report belongs to its author alone: for everyone who may export, a random (or someone else's) id is NOT_FOUND. */
const notTheirs: Record<Actor, Expectation> = Object.fromEntries(
  Object.entries(dispatcherPermission).map(([actor, expected]) => [actor, expected === "OK" ? "NOT_FOUND" : expected]),
) as Record<Actor, Expectation>;

/** Authorization-matrix rows for the orders Excel report (§7); all need REPORTS_EXPORT. */
export const reportsMatrixRows: MatrixRow[] = [
  { field: "orderReportFields", document: `{ orderReportFields { available { field title } selected } }`, expect: dispatcherPermission },
  {
    field: "orderReportCreate",
    document: `mutation { orderReportCreate(input: { tab: ALL, fields: [NUMBER, STATUS] }) { id state } }`,
    expect: dispatcherPermission,
  },
  { field: "reportExport", document: `query ($id: ID!) { reportExport(id: $id) { id } }`, variables: ({ fixtures }) => ({ id: fixtures.missing }), expect: notTheirs },
  {
    field: "reportExportUpdated",
    kind: "subscription",
    document: `subscription ($id: ID!) { reportExportUpdated(id: $id) { id state } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: notTheirs,
  },
];
