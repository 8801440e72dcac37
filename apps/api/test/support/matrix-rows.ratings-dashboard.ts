import { dispatcherPermission, pick, type MatrixRow } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for ratings and the «Сводка». Only residents rate (the fixture order
 * is not done yet, so the resident's call is refused as input; tenancy and the done case are in
 * ratings.test.ts); the dashboard needs DASHBOARD_VIEW.
 */
export const ratingsDashboardMatrixRows: MatrixRow[] = [
  {
    field: "orderRate",
    document: `mutation ($id: ID!) { orderRate(input: { orderId: $id, score: 5 }) { id } }`,
    variables: (ctx) => pick("order")({ ...ctx, target: "own" }),
    expect: {
      anonymous: "UNAUTHENTICATED",
      resident: "BAD_USER_INPUT",
      dispatcher: "FORBIDDEN",
      executor: "FORBIDDEN",
      administrator: "FORBIDDEN",
      foreignEmployee: "FORBIDDEN",
    },
  },
  {
    field: "dashboard",
    document: `{ dashboard { timeZone statusCounts { status count } daily { day created done } slaByService { id reactionKeptPercent }
      slaByDepartment { id } averageReactionMinutes ratings { counts average } workload { employee { id } openOrders workload } } }`,
    expect: dispatcherPermission,
  },
];
