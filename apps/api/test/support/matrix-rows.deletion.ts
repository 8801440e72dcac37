import { adminPermission, staffOnly, type MatrixRow, type ScratchTable } from "./matrix-kit.js";

/**
 * Deleting and archiving reference data, and the directory's live changes. Each row acts on a
 * fresh unreferenced row of the target's organization (`scratch`), so the fixtures stay.
 */
const onScratch =
  (table: ScratchTable) =>
  ({ scratch }: { scratch: (table: ScratchTable) => Promise<{ id: string }> }) =>
    scratch(table);

const row = (field: string, table: ScratchTable, document = `mutation ($id: ID!) { ${field}(id: $id) }`): MatrixRow => ({
  field,
  document,
  targeted: true,
  variables: onScratch(table),
  expect: adminPermission,
});

export const deletionMatrixRows: MatrixRow[] = [
  row("buildingDelete", "buildings"),
  row("buildingArchive", "buildings", `mutation ($id: ID!) { buildingArchive(id: $id) { id archivedAt } }`),
  row("premiseDelete", "premises"),
  row("premiseArchive", "premises", `mutation ($id: ID!) { premiseArchive(id: $id) { id archivedAt } }`),
  row("quarterDelete", "quarters"),
  row("objectGroupDelete", "object_groups"),
  row("legalEntityDelete", "legal_entities"),
  row("departmentDelete", "departments"),
  row("roleDelete", "roles"),
  {
    field: "directoryChanged",
    kind: "subscription",
    document: `subscription { directoryChanged(kinds: [BUILDING, ROLE]) { kind action ids } }`,
    expect: staffOnly,
  },
];
