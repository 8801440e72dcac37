import { dispatcherPermission, type Expectation, type MatrixRow, type Actor } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for invoices (§22–§23). INVOICES_MANAGE (dispatchers and administrators;
 * executors lack it); once the permission passes, a random id is NOT_FOUND for everybody, so no row
 * writes anything. Real orders, foreign ids and the resident's `ResidentOrder.invoice` are covered in
 * invoices.test.ts.
 */
const managersFindNothing: Record<Actor, Expectation> = { ...dispatcherPermission, dispatcher: "NOT_FOUND", administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND" };

const byId = (field: string): MatrixRow => ({
  field,
  document: `mutation ($id: ID!) { ${field}(id: $id, version: 1) { id } }`,
  variables: (ctx) => ({ id: ctx.fixtures.missing }),
  expect: managersFindNothing,
});

export const invoicesMatrixRows: MatrixRow[] = [
  {
    field: "invoiceCreate",
    document: `mutation ($orderId: ID!) { invoiceCreate(orderId: $orderId) { id } }`,
    variables: (ctx) => ({ orderId: ctx.fixtures.missing }),
    expect: managersFindNothing,
  },
  {
    field: "invoiceLineAdd",
    document: `mutation ($invoiceId: ID!, $itemId: ID!) { invoiceLineAdd(input: { invoiceId: $invoiceId, version: 1, priceListItemId: $itemId, quantity: "1" }) { id } }`,
    variables: (ctx) => ({ invoiceId: ctx.fixtures.missing, itemId: ctx.fixtures.missing }),
    expect: managersFindNothing,
  },
  {
    field: "invoiceLineUpdate",
    document: `mutation ($lineId: ID!) { invoiceLineUpdate(input: { lineId: $lineId, version: 1, quantity: "2" }) { id } }`,
    variables: (ctx) => ({ lineId: ctx.fixtures.missing }),
    expect: managersFindNothing,
  },
  {
    field: "invoiceLineRemove",
    document: `mutation ($lineId: ID!) { invoiceLineRemove(lineId: $lineId, version: 1) { id } }`,
    variables: (ctx) => ({ lineId: ctx.fixtures.missing }),
    expect: managersFindNothing,
  },
  byId("invoiceIssue"),
  byId("invoiceMarkPaid"),
  byId("invoiceMakeUnpaid"),
];
