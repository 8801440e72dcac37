import { ORDER_STATUSES } from "@domovoy/domain";
import { registerEnumType } from "type-graphql";

/** A GraphQL enum object from a domain list of values. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/**
 * The order status as a GraphQL enum. Registered here, not in the orders module, because
 * notifications, activity and the dashboard expose it too and must not depend on orders for it.
 */
export const OrderStatus = enumOf(ORDER_STATUSES);
registerEnumType(OrderStatus, {
  name: "OrderStatus",
  valuesConfig: {
    PENDING: { description: "Ожидание (red)." },
    IN_PROGRESS: { description: "В работе (blue)." },
    DONE: { description: "Выполнено (green)." },
    PAUSED: { description: "Приостановлено (grey)." },
    CANCELLED: { description: "Отменено (yellow)." },
    REOPENED: { description: "Переоткрыто (purple)." },
    APPROVAL: { description: "Согласование (routed services)." },
    NEEDS_CLARIFICATION: { description: "Требует уточнения (routed services)." },
  },
});
