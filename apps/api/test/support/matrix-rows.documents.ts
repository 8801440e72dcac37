import { home, staffOnly, type MatrixRow } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for order documents (§18). Staff only; the random file id is refused
 * as FILE_NOT_FOUND (BAD_USER_INPUT) once access passes, so every actor reaches the rule it is
 * about without storing anything. An executor does not see the demo order (NOT_FOUND). Foreign
 * ids, real uploads and the resident's `Order.documents` are covered in documents.test.ts.
 */
export const documentsMatrixRows: MatrixRow[] = [
  {
    field: "orderDocumentAdd",
    document: `mutation ($orderId: ID!, $fileId: ID!) { orderDocumentAdd(orderId: $orderId, fileId: $fileId) { id } }`,
    variables: (ctx) => ({ orderId: home(ctx).order, fileId: ctx.fixtures.missing }),
    expect: { ...staffOnly, dispatcher: "BAD_USER_INPUT", administrator: "BAD_USER_INPUT", foreignEmployee: "BAD_USER_INPUT", executor: "NOT_FOUND" },
  },
  {
    // The executor's own order (they created it): access passes, the random file is refused.
    field: "orderDocumentAdd",
    document: `mutation ($orderId: ID!, $fileId: ID!) { orderDocumentAdd(orderId: $orderId, fileId: $fileId) { id } }`,
    variables: (ctx) => ({ orderId: home(ctx).executorCreatedOrder, fileId: ctx.fixtures.missing }),
    expect: { ...staffOnly, dispatcher: "BAD_USER_INPUT", administrator: "BAD_USER_INPUT", foreignEmployee: "BAD_USER_INPUT", executor: "BAD_USER_INPUT" },
  },
  {
    field: "orderDocumentDelete",
    document: `mutation ($id: ID!) { orderDocumentDelete(id: $id) { id } }`,
    variables: (ctx) => ({ id: ctx.fixtures.missing }),
    expect: { ...staffOnly, dispatcher: "NOT_FOUND", administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND", executor: "NOT_FOUND" },
  },
];
