import type { IconName } from "$lib/components/icons";
import type {
  ActorKind,
  IncidentAttachment,
  OrderChannel,
  OrderColumn,
  OrderLabel,
  OrderSortField,
  OrderStatus,
  WorkloadLevel,
} from "$lib/graphql/generated/graphql";
import { CLOSED_STATUSES } from "@domovoy/domain";
import { t, type MessageKey } from "$lib/i18n";

/** Statuses in the guide's order (§16); the routed ones last. */
export const ORDER_STATUSES = [
  "PENDING",
  "IN_PROGRESS",
  "PAUSED",
  "DONE",
  "CANCELLED",
  "REOPENED",
  "APPROVAL",
  "NEEDS_CLARIFICATION",
] as const satisfies readonly OrderStatus[];

/** Not done and not cancelled: the building card's «Открытые заявки». */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));

/** «Новые»: what the New tab and the menu counter hold. */
export const NEW_STATUSES: readonly OrderStatus[] = ["PENDING", "REOPENED"];

/** Channels a dispatcher may pick; RESIDENT_APP is set by the resident app only. */
export const STAFF_CHANNELS = ["INCOMING_CALL", "OUTGOING_CALL", "VISIT", "EMAIL", "MESSENGER", "INTERNAL", "OTHER"] as const satisfies readonly OrderChannel[];
export const ORDER_CHANNELS = [...STAFF_CHANNELS, "RESIDENT_APP"] as const satisfies readonly OrderChannel[];

export const INCIDENT_ATTACHMENTS = ["NOT_ATTACHED", "ATTACHED", "ANY"] as const satisfies readonly IncidentAttachment[];

/** Labels (§4) with the icon that stands for each in the list. */
export const ORDER_LABELS: readonly { label: OrderLabel; icon: IconName; tone: "danger" | "warning" | "accent" | "success" | "muted" }[] = [
  { label: "SLA_REACTION_BREACHED", icon: "clock", tone: "danger" },
  { label: "SLA_EXECUTION_BREACHED", icon: "hourglass", tone: "danger" },
  { label: "IMPORTANT_COMMENT", icon: "message-alert", tone: "warning" },
  { label: "PAUSE_OVERDUE", icon: "pause", tone: "warning" },
  { label: "INVOICE_DRAFT", icon: "file-text", tone: "muted" },
  { label: "INVOICE_ISSUED", icon: "receipt", tone: "warning" },
  { label: "INVOICE_MARKED_PAID", icon: "banknote", tone: "success" },
  { label: "INVOICE_PAID", icon: "credit-card", tone: "success" },
  { label: "REFUND_REQUESTED", icon: "undo", tone: "warning" },
  { label: "REFUND_CONFIRMED", icon: "check-circle", tone: "accent" },
];

export function labelMeta(label: OrderLabel) {
  return ORDER_LABELS.find((l) => l.label === label) ?? { label, icon: "alert" as IconName, tone: "muted" as const };
}

export { ORDER_COLUMNS, DEFAULT_ORDER_COLUMNS as DEFAULT_COLUMNS } from "@domovoy/domain";

/** Columns whose header sorts the list, and by what. */
export const SORTABLE_COLUMNS: Partial<Record<OrderColumn, OrderSortField>> = {
  NUMBER: "NUMBER",
  UPDATED_AT: "UPDATED_AT",
  CREATED_AT: "CREATED_AT",
  EXECUTION_DUE_AT: "EXECUTION_DUE_AT",
};

/** The status chip's class in app.css: IN_PROGRESS → chip-in-progress. */
export function statusClass(status: OrderStatus): string {
  return `chip-${status.toLowerCase().replaceAll("_", "-")}`;
}

export const statusName = (status: OrderStatus) => t(`orderStatus.${status}`);
export const channelName = (channel: OrderChannel) => t(`orderChannel.${channel}`);
export const labelName = (label: OrderLabel) => t(`orderLabel.${label}`);
export const columnName = (column: OrderColumn) => t(`orderColumn.${column}`);

export const WORKLOAD_TONES: Record<WorkloadLevel, string> = { GREEN: "#1f9d55", YELLOW: "#d9a400", RED: "#d1352b" };

/** Who acted: employees are named; residents, integrations and the system are not (§13). */
export function actorName(actor: { kind: ActorKind; employee?: { fullName: string } | null }): string | null {
  return actor.kind === "EMPLOYEE" ? (actor.employee?.fullName ?? null) : null;
}

/** Why the Information block cannot be edited, when it cannot. */
export function lockReason(order: { baseDataLocked: boolean; status: OrderStatus }): MessageKey | null {
  if (!order.baseDataLocked) return null;
  if (order.status === "DONE") return "order.locked.done";
  if (order.status === "CANCELLED") return "order.locked.cancelled";
  return "order.locked.invoice";
}
