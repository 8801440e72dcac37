import { adminPermission, home, pick, unique, type MatrixRow, type VariableContext } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for the changes of buildings, premises, quarters, object groups and
 * legal entities, and the premises import/export: BUILDINGS_MANAGE (administrators in the seed).
 */
type Kind = "building" | "premise" | "quarter" | "objectGroup" | "legalEntity";
const TABLES = { building: "buildings", premise: "premises", quarter: "quarters", objectGroup: "object_groups", legalEntity: "legal_entities" } as const;

/** The target's id and its current version. */
const versioned = (kind: Kind) => async (ctx: VariableContext) => {
  const { id } = pick(kind)(ctx);
  return { id, version: await ctx.versionIn(TABLES[kind], id) };
};

/** Reading an upload that is not there: refused as FILE_NOT_FOUND once the permission passed. */
const missingUpload = { ...adminPermission, administrator: "BAD_USER_INPUT", foreignEmployee: "BAD_USER_INPUT" } as const;

export const objectsMatrixRows: MatrixRow[] = [
  {
    field: "buildingCreate",
    document: `mutation ($address: String!) { buildingCreate(input: { address: $address }) { id } }`,
    variables: () => ({ address: unique("Матрица, д.") }),
    expect: adminPermission,
  },
  {
    field: "buildingUpdate",
    document: `mutation ($id: ID!, $version: Int!) { buildingUpdate(id: $id, input: { version: $version }) { id version } }`,
    targeted: true,
    variables: versioned("building"),
    expect: adminPermission,
  },
  {
    field: "premiseCreate",
    document: `mutation ($buildingId: ID!, $number: String!) { premiseCreate(input: { buildingId: $buildingId, number: $number }) { id } }`,
    variables: (ctx) => ({ buildingId: home(ctx).building, number: unique("м").replace(" ", "") }),
    expect: adminPermission,
  },
  {
    field: "premiseUpdate",
    document: `mutation ($id: ID!, $version: Int!) { premiseUpdate(id: $id, input: { version: $version }) { id version } }`,
    targeted: true,
    variables: versioned("premise"),
    expect: adminPermission,
  },
  {
    field: "quarterCreate",
    document: `mutation ($name: String!) { quarterCreate(input: { name: $name }) { id } }`,
    variables: () => ({ name: unique("Квартал") }),
    expect: adminPermission,
  },
  {
    field: "quarterUpdate",
    document: `mutation ($id: ID!, $version: Int!) { quarterUpdate(id: $id, input: { version: $version }) { id administrators { id } } }`,
    targeted: true,
    variables: versioned("quarter"),
    expect: adminPermission,
  },
  {
    field: "objectGroupCreate",
    document: `mutation ($name: String!) { objectGroupCreate(input: { name: $name }) { id } }`,
    variables: () => ({ name: unique("Группа") }),
    expect: adminPermission,
  },
  {
    field: "objectGroupUpdate",
    document: `mutation ($id: ID!, $version: Int!) { objectGroupUpdate(id: $id, input: { version: $version }) { id administrators { id } } }`,
    targeted: true,
    variables: versioned("objectGroup"),
    expect: adminPermission,
  },
  {
    field: "legalEntityCreate",
    document: `mutation ($name: String!) { legalEntityCreate(input: { name: $name, inn: "7728015439" }) { id } }`,
    variables: () => ({ name: unique("ООО Матрица") }),
    expect: adminPermission,
  },
  {
    field: "legalEntityUpdate",
    document: `mutation ($id: ID!, $version: Int!) { legalEntityUpdate(id: $id, input: { version: $version }) { id version } }`,
    targeted: true,
    variables: versioned("legalEntity"),
    expect: adminPermission,
  },
  {
    field: "premisesImportPreview",
    document: `mutation ($fileId: ID!) { premisesImportPreview(fileId: $fileId) { totalRows } }`,
    variables: ({ fixtures }) => ({ fileId: fixtures.missing }),
    expect: missingUpload,
  },
  {
    field: "premisesImportApply",
    document: `mutation ($fileId: ID!) { premisesImportApply(fileId: $fileId) { created } }`,
    variables: ({ fixtures }) => ({ fileId: fixtures.missing }),
    expect: missingUpload,
  },
  {
    field: "premisesExport",
    document: `mutation ($id: ID!) { premisesExport(buildingId: $id, format: CSV) { id url } }`,
    targeted: true,
    variables: pick("building"),
    expect: adminPermission,
  },
];
