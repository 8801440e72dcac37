/** Every column of the orders lists (§6), in the order the columns dialog offers the hidden ones. */
export const ORDER_COLUMNS = [
  "STATUS",
  "NUMBER",
  "SERVICE",
  "ADDRESS",
  "CLIENT",
  "EXECUTORS",
  "LABELS",
  "UPDATED_AT",
  "EXECUTION_DUE_AT",
  "CHANNEL",
  "CREATED_AT",
  "DEPARTMENT",
  "PREMISE",
  "RATING",
  "INCIDENT",
  "INVOICE",
] as const;
export type OrderColumnName = (typeof ORDER_COLUMNS)[number];

/** The columns a list shows until the employee chooses others. */
export const DEFAULT_ORDER_COLUMNS: readonly OrderColumnName[] = ["STATUS", "NUMBER", "SERVICE", "ADDRESS", "CLIENT", "EXECUTORS", "LABELS", "UPDATED_AT"];
