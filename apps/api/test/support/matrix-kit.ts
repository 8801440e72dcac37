/** Actors, expectation sets and helpers shared by the authorization-matrix rows. */
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
  /** An order of the demo resident (own) / of the other organization (foreign). */
  order: string;
  orderNumber: number;
  /** An order the executor (plumber) created and does not execute (own); the foreign one is the other organization's order. */
  executorCreatedOrder: string;
  /** A second order of the demo resident, for the status change a resident may make. */
  cancellableOrder: string;
  residentPremise: string;
  plainService: string;
  dispatchDepartment: string;
  /** An open incident of the organization, made through the API. */
  incident: string;
  quarter: string;
  objectGroup: string;
  legalEntity: string;
};
export type Fixtures = { own: Ids; foreign: Ids; missing: string; residentClientId: string };

export type VariableContext = {
  fixtures: Fixtures;
  target: "own" | "foreign" | "missing";
  actor: Actor;
  /** The current version of an order, for edits that must carry it. */
  versionOf(orderId: string): Promise<number>;
  /** The current version of an incident. */
  incidentVersionOf(incidentId: string): Promise<number>;
  /** The current version of a row of a versioned reference table (1 for an id it does not hold). */
  versionIn(table: "buildings" | "premises" | "quarters" | "object_groups" | "legal_entities", id: string): Promise<number>;
  /**
   * A new row of a reference table that nothing refers to, in the target's organization (a random
   * id for "missing"): deletions and archiving act on it, never on the fixtures other rows use.
   */
  scratch(table: ScratchTable): Promise<{ id: string }>;
  /** Puts an order into an incident directly (so a detach row has something to detach for every actor). */
  attachDirectly(orderId: string, incidentId: string): Promise<void>;
};

export type ScratchTable = "buildings" | "premises" | "quarters" | "object_groups" | "legal_entities" | "departments" | "roles";

export type MatrixRow = {
  field: string;
  kind?: "subscription";
  document: string;
  /**
   * Targeted rows act on one object: run against an id of the actor's own organization (own), of
   * the other organization (foreign) and a random one (missing). Others run once.
   */
  targeted?: boolean;
  variables?: (ctx: VariableContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Outcome for the own target; foreign and missing targets then must answer NOT_FOUND. */
  expect: Record<Actor, Expectation>;
  /** The operation ends the session, so it runs on a new one. */
  freshSession?: boolean;
};

export const staffOnly: Record<Actor, Expectation> = {
  anonymous: "UNAUTHENTICATED",
  resident: "FORBIDDEN",
  dispatcher: "OK",
  executor: "OK",
  administrator: "OK",
  foreignEmployee: "OK",
};

export const anyone: Record<Actor, Expectation> = {
  anonymous: "OK",
  resident: "OK",
  dispatcher: "OK",
  executor: "OK",
  administrator: "OK",
  foreignEmployee: "OK",
};

export const signedIn: Record<Actor, Expectation> = { ...anyone, anonymous: "UNAUTHENTICATED" };

/** Needs a permission the dispatcher role has and the executor role lacks. */
export const dispatcherPermission: Record<Actor, Expectation> = { ...staffOnly, executor: "FORBIDDEN" };

/** Needs a permission only administrators have. */
export const adminPermission: Record<Actor, Expectation> = { ...staffOnly, executor: "FORBIDDEN", dispatcher: "FORBIDDEN" };

/** The target id for a row: own/foreign fixture of the given kind, or a random id. */
export function pick(kind: Exclude<keyof Ids, "orderNumber">) {
  return ({ fixtures, target }: { fixtures: Fixtures; target: "own" | "foreign" | "missing" }) => ({
    id: target === "missing" ? fixtures.missing : fixtures[target][kind],
  });
}

/** The org whose fixtures an untargeted write uses: the actor's own. */
export const home = ({ fixtures, actor }: VariableContext) => (actor === "foreignEmployee" ? fixtures.foreign : fixtures.own);

/** Readable by staff with ORDERS_READ_ALL and by the order's resident; an executor of other orders sees nothing. */
export const orderReaders: Record<Actor, Expectation> = { ...staffOnly, resident: "OK", executor: "NOT_FOUND" };

/** The staff side of an order (`Order`): staff with ORDERS_READ_ALL; residents read theirs as `ResidentOrder`. */
export const staffOrderReaders: Record<Actor, Expectation> = { ...staffOnly, resident: "FORBIDDEN", executor: "NOT_FOUND" };

/** Resident root fields (`ResidentOrder`, `residentChatMarkRead` …): every employee is refused. */
export const residentOnly: Record<Actor, Expectation> = {
  anonymous: "UNAUTHENTICATED",
  resident: "OK",
  dispatcher: "FORBIDDEN",
  executor: "FORBIDDEN",
  administrator: "FORBIDDEN",
  foreignEmployee: "FORBIDDEN",
};

let counter = 0;
export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${(counter++).toString(36)}`;
