import { signedIn, type Actor, type Expectation, type MatrixRow } from "./matrix-kit.js";

/** Employees and residents read their own notifications; integrations and anonymous callers none. */
const employeesAndResidents: Record<Actor, Expectation> = { ...signedIn };

/** Marking a notification that is not the viewer's (here: a random id) answers NOT_FOUND for everyone signed in. */
const notTheirs: Record<Actor, Expectation> = {
  anonymous: "UNAUTHENTICATED",
  resident: "NOT_FOUND",
  dispatcher: "NOT_FOUND",
  executor: "NOT_FOUND",
  administrator: "NOT_FOUND",
  foreignEmployee: "NOT_FOUND",
};

/**
 * Authorization-matrix rows for notifications (the staff notification centre and the residents'
 * outbox). Whose notifications a viewer gets is tested in notifications.test.ts.
 */
export const notificationMatrixRows: MatrixRow[] = [
  { field: "notifications", document: `{ notifications(first: 2) { totalCount nodes { id kind title body read } } }`, expect: employeesAndResidents },
  { field: "notificationsUnreadCount", document: `{ notificationsUnreadCount }`, expect: employeesAndResidents },
  {
    field: "notificationMarkRead",
    document: `mutation ($id: ID!) { notificationMarkRead(id: $id) { id } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: notTheirs,
  },
  { field: "notificationsMarkAllRead", document: `mutation { notificationsMarkAllRead }`, expect: employeesAndResidents },
  {
    field: "notificationAdded",
    kind: "subscription",
    document: `subscription { notificationAdded { unreadCount notification { id } } }`,
    expect: employeesAndResidents,
  },
];
