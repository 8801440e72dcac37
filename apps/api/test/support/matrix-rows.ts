import {
  anyone,
  dispatcherPermission,
  home,
  pick,
  staffOrderReaders,
  signedIn,
  staffOnly,
  type MatrixRow,
} from "./matrix-kit.js";
import { referenceDataMatrixRows } from "./matrix-rows.reference-data.js";
import { objectsMatrixRows } from "./matrix-rows.objects.js";
import { deletionMatrixRows } from "./matrix-rows.deletion.js";
import { chatMatrixRows } from "./matrix-rows.chat.js";
import { documentsMatrixRows } from "./matrix-rows.documents.js";
import { checklistsMatrixRows } from "./matrix-rows.checklists.js";
import { notificationMatrixRows } from "./matrix-rows.notifications.js";
import { clientsActivityMatrixRows } from "./matrix-rows.clients-activity.js";
import { ratingsDashboardMatrixRows } from "./matrix-rows.ratings-dashboard.js";
import { reportsMatrixRows } from "./matrix-rows.reports.js";
import { residentMatrixRows } from "./matrix-rows.resident.js";
import { callsMatrixRows } from "./matrix-rows.calls.js";
import { incidentsMatrixRows } from "./matrix-rows.incidents.js";
import { invoicesMatrixRows } from "./matrix-rows.invoices.js";
import { paymentsMatrixRows } from "./matrix-rows.payments.js";
import { pushMatrixRows } from "./matrix-rows.push.js";

export { ACTORS, type Actor, type Expectation, type Fixtures, type MatrixRow } from "./matrix-kit.js";

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
    // Staff only (a resident reads their own record as `me.client`); the executor executes no order
    // of this client (privacy.test.ts covers one they do).
    expect: { ...staffOnly, resident: "FORBIDDEN", executor: "NOT_FOUND" },
  },
  {
    field: "clientUpdate",
    document: `mutation ($id: ID!) { clientUpdate(id: $id, input: { note: "matrix" }) { id } }`,
    targeted: true,
    variables: pick("client"),
    expect: dispatcherPermission,
  },
  { field: "clientUpdated", kind: "subscription", document: `subscription { clientUpdated { id } }`, expect: staffOnly },

  ...referenceDataMatrixRows,
  ...objectsMatrixRows,
  ...deletionMatrixRows,
  ...documentsMatrixRows,
  ...checklistsMatrixRows,
  ...invoicesMatrixRows,
  ...paymentsMatrixRows,
  ...notificationMatrixRows,
  ...pushMatrixRows,
  ...clientsActivityMatrixRows,
  ...ratingsDashboardMatrixRows,
  ...reportsMatrixRows,
  ...chatMatrixRows,
  ...residentMatrixRows,
  ...callsMatrixRows,
  ...incidentsMatrixRows,

  // Orders
  { field: "orders", document: `{ orders(first: 2) { totalCount nodes { id labels executors { id } } } }`, expect: { ...staffOnly } },
  { field: "order", document: `query ($id: ID!) { order(id: $id) { id } }`, targeted: true, variables: pick("order"), expect: staffOrderReaders },
  // An order the executor created is theirs to see (OrderScope OWN), though nobody assigned them.
  { field: "order", document: `query ($id: ID!) { order(id: $id) { id } }`, targeted: true, variables: pick("executorCreatedOrder"), expect: { ...staffOrderReaders, executor: "OK" } },
  {
    field: "orderByNumber",
    document: `query ($number: Int!) { orderByNumber(number: $number) { id } }`,
    targeted: true,
    // Numbers repeat across organizations, so the foreign target is a number only the other one has.
    variables: ({ fixtures, target }) => ({ number: target === "own" ? fixtures.own.orderNumber : target === "foreign" ? 900_001 : 999_999 }),
    expect: { ...staffOrderReaders, foreignEmployee: "OK" },
  },
  { field: "ordersNewCount", document: `{ ordersNewCount }`, expect: staffOnly },
  {
    field: "orderExecutorCandidates",
    document: `query ($id: ID!) { orderExecutorCandidates(departmentId: $id) { openOrders workload } }`,
    targeted: true,
    variables: pick("dispatchDepartment"),
    expect: staffOnly,
  },
  { field: "orderListPreferences", document: `{ orderListPreferences(list: ALL_ORDERS) { columns activeFilterCount } }`, expect: staffOnly },
  {
    field: "orderCreate",
    document: `mutation ($service: ID!, $building: ID!) {
      orderCreate(input: { channel: INCOMING_CALL, serviceId: $service, buildingId: $building, formAnswers: [{ key: "place", value: "Кухня" }] }) { id } }`,
    variables: (ctx) => ({ service: home(ctx).plainService, building: home(ctx).building }),
    expect: { ...staffOnly },
  },
  {
    field: "residentOrderCreate",
    document: `mutation ($service: ID!, $premise: ID!) {
      residentOrderCreate(input: { serviceId: $service, premiseId: $premise, formAnswers: [{ key: "place", value: "Кухня" }] }) { id } }`,
    variables: ({ fixtures }) => ({ service: fixtures.own.plainService, premise: fixtures.own.residentPremise }),
    expect: { anonymous: "UNAUTHENTICATED", resident: "OK", dispatcher: "FORBIDDEN", executor: "FORBIDDEN", administrator: "FORBIDDEN", foreignEmployee: "FORBIDDEN" },
  },
  {
    field: "orderManage",
    document: `mutation ($id: ID!, $version: Int!) { orderManage(input: { id: $id, version: $version, statusComment: "матрица" }) { id } }`,
    targeted: true,
    variables: async (ctx) => {
      const { id } = pick("order")(ctx);
      return { id, version: ctx.target === "missing" ? 1 : await ctx.versionOf(id) };
    },
    expect: { ...staffOnly, resident: "FORBIDDEN", executor: "NOT_FOUND" },
  },
  {
    field: "orderUpdate",
    document: `mutation ($id: ID!, $version: Int!) { orderUpdate(input: { id: $id, version: $version, description: "матрица" }) { id } }`,
    targeted: true,
    variables: async (ctx) => {
      const { id } = pick("order")(ctx);
      return { id, version: ctx.target === "missing" ? 1 : await ctx.versionOf(id) };
    },
    expect: { ...dispatcherPermission, resident: "FORBIDDEN" },
  },
  {
    field: "residentOrderStatusChange",
    document: `mutation ($id: ID!) { residentOrderStatusChange(input: { id: $id, status: CANCELLED }) { status } }`,
    targeted: true,
    variables: pick("cancellableOrder"),
    expect: { anonymous: "UNAUTHENTICATED", resident: "OK", dispatcher: "FORBIDDEN", executor: "FORBIDDEN", administrator: "FORBIDDEN", foreignEmployee: "FORBIDDEN" },
  },
  { field: "orderMarkSeen", document: `mutation ($id: ID!) { orderMarkSeen(id: $id) { id } }`, targeted: true, variables: pick("order"), expect: { ...staffOnly, executor: "NOT_FOUND" } },
  {
    field: "orderListPreferencesSave",
    document: `mutation { orderListPreferencesSave(list: ALL_ORDERS, columns: [NUMBER, STATUS]) { columns } }`,
    expect: staffOnly,
  },
  { field: "orderChanged", kind: "subscription", document: `subscription { orderChanged { id } }`, expect: staffOnly },
  // Subscribing to an order the viewer cannot read answers NOT_FOUND, as the query does.
  {
    field: "orderUpdated",
    kind: "subscription",
    document: `subscription ($id: ID!) { orderUpdated(id: $id) { id } }`,
    targeted: true,
    variables: pick("order"),
    expect: { ...staffOnly, executor: "NOT_FOUND" },
  },
  {
    field: "orderUpdated",
    kind: "subscription",
    document: `subscription ($id: ID!) { orderUpdated(id: $id) { id } }`,
    targeted: true,
    variables: pick("executorCreatedOrder"),
    expect: staffOnly,
  },
  { field: "ordersNewCountChanged", kind: "subscription", document: `subscription { ordersNewCountChanged }`, expect: staffOnly },
  { field: "orderTabCountsChanged", kind: "subscription", document: `subscription { orderTabCountsChanged { new all allExact } }`, expect: staffOnly },

  // Comments
  {
    field: "orderCommentCreate",
    document: `mutation ($id: ID!) { orderCommentCreate(input: { orderId: $id, text: "матрица" }) { id } }`,
    targeted: true,
    variables: pick("order"),
    expect: { ...staffOnly, executor: "NOT_FOUND" },
  },
  {
    field: "orderCommentAdded",
    kind: "subscription",
    document: `subscription ($id: ID!) { orderCommentAdded(orderId: $id) { id } }`,
    targeted: true,
    variables: pick("order"),
    expect: { ...staffOnly, executor: "NOT_FOUND" },
  },
];

