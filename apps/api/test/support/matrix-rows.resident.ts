import { pick, residentOnly, type MatrixRow } from "./matrix-kit.js";

/**
 * The resident's own orders, as `ResidentOrder` (privacy.test.ts checks what they carry). Employees
 * are refused here and read orders as `Order` through the staff fields.
 */
export const residentMatrixRows: MatrixRow[] = [
  {
    field: "residentOrders",
    document: `{ residentOrders(first: 2) { totalCount nodes { id executors { firstName } responsible { firstName } createdBy { kind employee { firstName } } } } }`,
    expect: residentOnly,
  },
  {
    field: "residentOrder",
    document: `query ($id: ID!) { residentOrder(id: $id) { id status premise { number building { address } } } }`,
    targeted: true,
    variables: pick("order"),
    expect: residentOnly,
  },
  {
    field: "residentOrderByNumber",
    document: `query ($number: Int!) { residentOrderByNumber(number: $number) { id } }`,
    targeted: true,
    // Numbers repeat across organizations, so the foreign target is a number only the other one has.
    variables: ({ fixtures, target }) => ({ number: target === "own" ? fixtures.own.orderNumber : target === "foreign" ? 900_001 : 999_999 }),
    expect: residentOnly,
  },
  {
    field: "residentChatMarkRead",
    document: `mutation ($id: ID!) { residentChatMarkRead(orderId: $id) { id chatUnreadCount } }`,
    targeted: true,
    variables: pick("order"),
    expect: residentOnly,
  },
  { field: "residentOrderChanged", kind: "subscription", document: `subscription { residentOrderChanged { id } }`, expect: residentOnly },
  {
    field: "residentOrderUpdated",
    kind: "subscription",
    document: `subscription ($id: ID!) { residentOrderUpdated(id: $id) { id executors { firstName } } }`,
    variables: pick("order"),
    expect: residentOnly,
  },
];
