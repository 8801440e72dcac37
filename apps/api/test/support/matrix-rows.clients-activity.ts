import { adminPermission, pick, staffOnly, unique, type Actor, type Expectation, type MatrixRow } from "./matrix-kit.js";

/** Partner mutations answer only to integration tokens: every session is refused, anonymous callers are asked to sign in. */
const integrationOnly: Record<Actor, Expectation> = {
  anonymous: "UNAUTHENTICATED",
  resident: "FORBIDDEN",
  dispatcher: "FORBIDDEN",
  executor: "FORBIDDEN",
  administrator: "FORBIDDEN",
  foreignEmployee: "FORBIDDEN",
};

const activity = `{ externalId: "matrix", kind: PAYMENT, occurredAt: "2026-01-01T00:00:00Z", clientPhone: "+79160000001", title: "Матрица" }`;

/**
 * Client activity (§11), partner ingestion and integration tokens. Integration-token callers are
 * not a matrix actor; `client-activity.test.ts` covers them (valid, revoked, foreign organization).
 */
export const clientsActivityMatrixRows: MatrixRow[] = [
  {
    field: "client",
    document: `query ($id: ID!) { client(id: $id) { id activity(first: 2) { edges { node { id kind } } } orders(first: 2) { totalCount nodes { id } } } }`,
    targeted: true,
    variables: pick("client"),
    expect: { ...staffOnly, resident: "FORBIDDEN", executor: "NOT_FOUND" },
  },
  { field: "partnerClientActivityUpsert", document: `mutation { partnerClientActivityUpsert(input: ${activity}) { created } }`, expect: integrationOnly },
  { field: "partnerClientActivitiesUpsert", document: `mutation { partnerClientActivitiesUpsert(inputs: [${activity}]) { created } }`, expect: integrationOnly },
  {
    field: "partnerPremiseUpdate",
    document: `mutation { partnerPremiseUpdate(input: { personalAccount: "4020010012", utilityBalance: "-10.00" }) { id } }`,
    expect: integrationOnly,
  },
  {
    field: "partnerPremisesUpdate",
    document: `mutation { partnerPremisesUpdate(inputs: [{ personalAccount: "4020010012", utilityBalance: "-10.00" }]) { id } }`,
    expect: integrationOnly,
  },
  { field: "integrationTokens", document: `{ integrationTokens { id name revokedAt } }`, expect: adminPermission },
  {
    field: "integrationTokenCreate",
    document: `mutation ($name: String!) { integrationTokenCreate(name: $name) { token integrationToken { id } } }`,
    variables: () => ({ name: unique("Матрица") }),
    expect: adminPermission,
  },
  {
    field: "integrationTokenRevoke",
    document: `mutation ($id: ID!) { integrationTokenRevoke(id: $id) { id } }`,
    // A random id: those allowed to manage tokens learn only that it does not exist.
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...adminPermission, administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND" },
  },
];
