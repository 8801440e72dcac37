import { adminPermission, dispatcherPermission, type Actor, type Expectation, type MatrixRow } from "./matrix-kit.js";

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
  {
    field: "callRecordingFetch",
    document: `mutation { callRecordingFetch(input: { externalCallId: "matrix", url: "https://example.com/matrix.wav" }) { callId } }`,
    expect: integrationOnly,
  },
  { field: "callSettings", document: `{ callSettings { recordingRetentionDays } }`, expect: dispatcherPermission },
  // INTEGRATIONS_MANAGE: administrators (each of their own organization).
  { field: "callSettingsUpdate", document: `mutation { callSettingsUpdate(recordingRetentionDays: 365) { recordingRetentionDays } }`, expect: adminPermission },
  // CALLS_READ: administrators and dispatchers (the other organization's too, on its own calls); executors and residents never.
  {
    field: "calls",
    document: `{ calls(first: 2) { totalCount nodes { id status clients { openOrders client { id } } orders { id } recording { id url } employee { id } } } }`,
    expect: dispatcherPermission,
  },
  {
    field: "call",
    document: `query ($id: ID!) { call(id: $id) { id } }`,
    // A random id: those who may read calls learn only that it does not exist.
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...dispatcherPermission, dispatcher: "NOT_FOUND", administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND" },
  },
  {
    field: "callOrderLink",
    document: `mutation ($id: ID!) { callOrderLink(callId: $id, orderId: $id) { id } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...dispatcherPermission, dispatcher: "NOT_FOUND", administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND" },
  },
  {
    field: "callOrderUnlink",
    document: `mutation ($id: ID!) { callOrderUnlink(callId: $id, orderId: $id) { id } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...dispatcherPermission, dispatcher: "NOT_FOUND", administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND" },
  },
  { field: "callChanged", kind: "subscription", document: `subscription { callChanged { call { id status } } }`, expect: dispatcherPermission },
  { field: "callJournalChanged", kind: "subscription", document: `subscription { callJournalChanged { call { id status } } }`, expect: dispatcherPermission },
];
