import type { Actor, Expectation, MatrixRow } from "./matrix-kit.js";

/** Telephony events answer only to integration tokens: every session is refused, anonymous callers are asked to sign in. */
const integrationOnly: Record<Actor, Expectation> = {
  anonymous: "UNAUTHENTICATED",
  resident: "FORBIDDEN",
  dispatcher: "FORBIDDEN",
  executor: "FORBIDDEN",
  administrator: "FORBIDDEN",
  foreignEmployee: "FORBIDDEN",
};

/**
 * Calls from IP telephony (#12). Integration-token callers are not a matrix actor; `calls.test.ts`
 * covers them (valid, revoked, another organization's token).
 */
export const callsMatrixRows: MatrixRow[] = [
  {
    field: "callEvent",
    document: `mutation { callEvent(input: { externalCallId: "matrix", kind: RINGING, at: "2026-01-01T00:00:00Z", direction: INCOMING, callerNumber: "+79160000001", calleeNumber: "+74950000000" }) { callId } }`,
    expect: integrationOnly,
  },
];
