import { staffOnly, type MatrixRow } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for order checklists. Staff only (residents FORBIDDEN before anything is
 * read); a random item id is NOT_FOUND for every employee. Executors of the order, executors of other
 * orders, foreign organizations and the residents' `Order.checklist` are covered in checklists.test.ts.
 */
export const checklistsMatrixRows: MatrixRow[] = [
  {
    field: "orderChecklistItemSet",
    document: `mutation ($id: ID!) { orderChecklistItemSet(input: { id: $id, version: 1, done: true }) { id } }`,
    variables: (ctx) => ({ id: ctx.fixtures.missing }),
    expect: { ...staffOnly, dispatcher: "NOT_FOUND", administrator: "NOT_FOUND", foreignEmployee: "NOT_FOUND", executor: "NOT_FOUND" },
  },
];
