export const ACTORS = ["anonymous", "resident", "dispatcher", "executor", "administrator", "foreignEmployee"] as const;
export type Actor = (typeof ACTORS)[number];

export type Expectation = "OK" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT";

type Ids = {
  client: string;
  building: string;
  premise: string;
  employee: string;
  department: string;
  role: string;
  service: string;
  priceListItem: string;
  paidService: string;
};
export type Fixtures = { own: Ids; foreign: Ids; missing: string; residentClientId: string };

export type MatrixRow = {
  field: string;
  kind?: "subscription";
  document: string;
  /**
   * Targeted rows act on one object: run against an id of the actor's own organization (own), of
   * the other organization (foreign) and a random one (missing). Others run once.
   */
  targeted?: boolean;
  variables?: (ctx: { fixtures: Fixtures; target: "own" | "foreign" | "missing"; actor: Actor }) => Record<string, unknown>;
  /** Outcome for the own target; foreign and missing targets then must answer NOT_FOUND. */
  expect: Record<Actor, Expectation>;
  /** The operation ends the session, so it runs on a new one. */
  freshSession?: boolean;
};

const staffOnly: Record<Actor, Expectation> = {
  anonymous: "UNAUTHENTICATED",
  resident: "FORBIDDEN",
  dispatcher: "OK",
  executor: "OK",
  administrator: "OK",
  foreignEmployee: "OK",
};

const anyone: Record<Actor, Expectation> = {
  anonymous: "OK",
  resident: "OK",
  dispatcher: "OK",
  executor: "OK",
  administrator: "OK",
  foreignEmployee: "OK",
};

const signedIn: Record<Actor, Expectation> = { ...anyone, anonymous: "UNAUTHENTICATED" };

/** Needs a permission the dispatcher role has and the executor role lacks. */
const dispatcherPermission: Record<Actor, Expectation> = { ...staffOnly, executor: "FORBIDDEN" };

/** Needs a permission only administrators have. */
const adminPermission: Record<Actor, Expectation> = { ...staffOnly, executor: "FORBIDDEN", dispatcher: "FORBIDDEN" };

/** The target id for a row: own/foreign fixture of the given kind, or a random id. */
export function pick(kind: keyof Ids) {
  return ({ fixtures, target }: { fixtures: Fixtures; target: "own" | "foreign" | "missing" }) =>
    ({ id: target === "missing" ? fixtures.missing : fixtures[target][kind] });
}

let counter = 0;
export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${(counter++).toString(36)}`;

export const matrixRows: MatrixRow[] = [
  // Identity
  { field: "me", document: `{ me { kind } }`, expect: signedIn },
  {
    field: "authLogin",
    document: `mutation { authLogin(email: "dispatcher2@domovoy.example", password: "domovoy") { token } }`,
    expect: anyone,
  },
  { field: "authLogout", document: `mutation { authLogout }`, expect: signedIn, freshSession: true },
  { field: "residentCodeRequest", document: `mutation ($phone: String!) { residentCodeRequest(phone: $phone) { phone } }`, variables: () => ({ phone: `+7999${Math.floor(1e6 + Math.random() * 8e6)}` }), expect: anyone },
  {
    field: "residentLogin",
    document: `mutation { residentLogin(phone: "+79160000002", code: "000000") { token } }`,
    // Anyone may try; a wrong code is refused the same way for everybody.
    expect: { anonymous: "UNAUTHENTICATED", resident: "UNAUTHENTICATED", dispatcher: "UNAUTHENTICATED", executor: "UNAUTHENTICATED", administrator: "UNAUTHENTICATED", foreignEmployee: "UNAUTHENTICATED" },
  },

  // Clients
  { field: "clients", document: `{ clients(first: 2) { totalCount nodes { id } } }`, expect: staffOnly },
  {
    field: "client",
    document: `query ($id: ID!) { client(id: $id) { id } }`,
    targeted: true,
    variables: pick("client"),
    // A resident may read only their own client record (see the resident test below).
    expect: { ...staffOnly, resident: "NOT_FOUND" },
  },
  {
    field: "clientUpdate",
    document: `mutation ($id: ID!) { clientUpdate(id: $id, input: { note: "matrix" }) { id } }`,
    targeted: true,
    variables: pick("client"),
    expect: dispatcherPermission,
  },
  { field: "clientUpdated", kind: "subscription", document: `subscription { clientUpdated { id } }`, expect: staffOnly },
];

export { adminPermission, dispatcherPermission, signedIn, staffOnly, anyone };
