import { adminPermission, residentOnly, staffOnly, type Actor, type Expectation, type MatrixRow } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for online payment, refunds and the invoice documents (§22, §24).
 * Resident fields refuse every employee; refunds need REFUNDS_MANAGE (administrators only); the
 * documents any employee who may see the order. With the permission passed, a random id is
 * NOT_FOUND for everybody, so no row writes anything; real flows are in payments.test.ts.
 */
const residentFindsNothing: Record<Actor, Expectation> = { ...residentOnly, resident: "NOT_FOUND" };
const refundersFindNothing: Record<Actor, Expectation> = { ...adminPermission, administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND" };
const staffFindNothing: Record<Actor, Expectation> = { ...staffOnly, dispatcher: "NOT_FOUND", executor: "NOT_FOUND", administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND" };

export const paymentsMatrixRows: MatrixRow[] = [
  {
    field: "residentInvoicePay",
    document: `mutation ($orderId: ID!) { residentInvoicePay(orderId: $orderId) { id confirmationUrl } }`,
    variables: (ctx) => ({ orderId: ctx.fixtures.missing }),
    expect: residentFindsNothing,
  },
  {
    field: "residentRefundRequest",
    document: `mutation ($orderId: ID!) { residentRefundRequest(input: { orderId: $orderId, kind: FULL, reason: "Не понадобилось" }) { id } }`,
    variables: (ctx) => ({ orderId: ctx.fixtures.missing }),
    expect: residentFindsNothing,
  },
  {
    field: "refundCreate",
    document: `mutation ($orderId: ID!) { refundCreate(input: { orderId: $orderId, kind: FULL, reason: "Отказ" }) { id } }`,
    variables: (ctx) => ({ orderId: ctx.fixtures.missing }),
    expect: refundersFindNothing,
  },
  {
    field: "refundConfirm",
    document: `mutation ($id: ID!) { refundConfirm(id: $id) { id } }`,
    variables: (ctx) => ({ id: ctx.fixtures.missing }),
    expect: refundersFindNothing,
  },
  {
    field: "refundReject",
    document: `mutation ($id: ID!) { refundReject(id: $id, reason: "Нет оснований") { id } }`,
    variables: (ctx) => ({ id: ctx.fixtures.missing }),
    expect: refundersFindNothing,
  },
  {
    field: "invoiceDocuments",
    document: `mutation ($orderId: ID!) { invoiceDocuments(orderId: $orderId) { contractUrl actUrl } }`,
    variables: (ctx) => ({ orderId: ctx.fixtures.missing }),
    expect: staffFindNothing,
  },
];
