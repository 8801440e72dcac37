import { INVOICE_HISTORY_ACTIONS, REFUND_HISTORY_ACTIONS, ORDER_COLUMNS, ORDER_EVENT_KINDS, ORDER_LABELS, type InvoiceHistoryAction as HistoryAction, type RefundHistoryAction as RefundAction, type OrderColumnName, type OrderLabel as Label, type OrderStatus as Status, type WorkloadLevel as Level } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Department, Employee } from "../staff/staff.type.js";
import { enumOf, OrderStatus } from "../../shared/graphql-enums.js";
import { OrderFormFieldType } from "../catalog/service.type.js";
import { MoneyScalar } from "../../shared/scalars.js";
import { RefundSettlement } from "../payments/payment.type.js";

export { OrderStatus };

export const ORDER_CHANNELS = ["INCOMING_CALL", "OUTGOING_CALL", "VISIT", "EMAIL", "MESSENGER", "INTERNAL", "RESIDENT_APP", "OTHER"] as const;
export type OrderChannelValue = (typeof ORDER_CHANNELS)[number];
export const OrderChannel = enumOf(ORDER_CHANNELS);
registerEnumType(OrderChannel, { name: "OrderChannel", description: "Канал обращения." });

export const OrderLabel = enumOf(ORDER_LABELS);
registerEnumType(OrderLabel, { name: "OrderLabel", description: "Метка: computed on the server from the order's state." });

export const WorkloadLevel = enumOf<Level>(["GREEN", "YELLOW", "RED"]);
registerEnumType(WorkloadLevel, { name: "WorkloadLevel", description: "Open orders assigned: GREEN ≤5, YELLOW 6–10, RED ≥11." });

export const ActorKind = enumOf(["EMPLOYEE", "RESIDENT", "INTEGRATION", "SYSTEM"] as const);
registerEnumType(ActorKind, { name: "ActorKind" });

export const SlaState = enumOf(["NONE", "RUNNING", "KEPT", "BREACHED", "STOPPED"] as const);
registerEnumType(SlaState, { name: "SlaState" });

export { ORDER_EVENT_KINDS };
export type OrderEventKindValue = (typeof ORDER_EVENT_KINDS)[number];
export const OrderEventKind = enumOf(ORDER_EVENT_KINDS);
registerEnumType(OrderEventKind, { name: "OrderEventKind" });

export const InvoiceHistoryAction = enumOf(INVOICE_HISTORY_ACTIONS);
registerEnumType(InvoiceHistoryAction, { name: "InvoiceHistoryAction", description: "What an INVOICE_CHANGED history entry did to the order's invoice." });

export const RefundHistoryAction = enumOf(REFUND_HISTORY_ACTIONS);
registerEnumType(RefundHistoryAction, {
  name: "RefundHistoryAction",
  description: "What a REFUND_CHANGED history entry says happened to a refund.",
  valuesConfig: {
    REQUESTED: { description: "The resident asked for a refund in their app." },
    CREATED: { description: "Staff made a refund (confirmed at once)." },
    CONFIRMED: { description: "Staff confirmed the resident's request." },
    REJECTED: { description: "Staff rejected the resident's request (refundReason says why)." },
    SUCCEEDED: { description: "The acquirer returned the money." },
    FAILED: { description: "The acquirer refused the refund (refundReason says why)." },
  },
});

export const OrderTab = enumOf(["NEW", "ALL", "MINE"] as const);
registerEnumType(OrderTab, { name: "OrderTab", description: "NEW: PENDING + REOPENED; MINE: orders the viewer executes." });

export const IncidentAttachment = enumOf(["NOT_ATTACHED", "ATTACHED", "ANY"] as const);
registerEnumType(IncidentAttachment, { name: "IncidentAttachment" });

export const ORDER_SORT_FIELDS = ["UPDATED_AT", "CREATED_AT", "NUMBER", "EXECUTION_DUE_AT"] as const;
export type OrderSortFieldValue = (typeof ORDER_SORT_FIELDS)[number];
export const OrderSortField = enumOf(ORDER_SORT_FIELDS);
registerEnumType(OrderSortField, { name: "OrderSortField" });

export const SortDirection = enumOf(["ASC", "DESC"] as const);
registerEnumType(SortDirection, { name: "SortDirection" });

export type OrderColumnValue = OrderColumnName;
export const OrderColumn = enumOf(ORDER_COLUMNS);
registerEnumType(OrderColumn, { name: "OrderColumn", description: "A column of the orders list." });

/** MOBILE_ORDERS: the employee app's lists share one saved filter. */
export const ORDER_LISTS = ["ALL_ORDERS", "MY_ORDERS", "MOBILE_ORDERS"] as const;
export type OrderListValue = (typeof ORDER_LISTS)[number];
export const OrderList = enumOf(ORDER_LISTS);
registerEnumType(OrderList, { name: "OrderList", description: "Which list saved filters and columns belong to." });

@ObjectType({ description: "An answer to a field of the service's order form." })
export class OrderFormAnswer {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => OrderFormFieldType)
  type: string;

  @Field(() => String, { nullable: true, description: "As text: numbers in decimal, dates as YYYY-MM-DD, checkboxes as true/false." })
  value: string | null;
}

@ObjectType({ description: "Who created an order or made a change. Employees are named; residents and the system are not." })
export class OrderActor {
  @Field(() => ActorKind)
  kind: keyof typeof ActorKind;

  @Field(() => Employee, { nullable: true })
  employee: Employee | null;
}

@ObjectType()
export class OrderFieldChange {
  @Field(() => String, { description: "serviceKind, service, building, premise, client, description or form:<key>." })
  field: string;

  @Field(() => String, { nullable: true })
  from: string | null;

  @Field(() => String, { nullable: true })
  to: string | null;
}

@ObjectType({ description: "An entry of an order's history." })
export class OrderEvent {
  @Field(() => ID)
  id: string;

  @Field(() => OrderEventKind)
  kind: OrderEventKindValue;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => OrderActor)
  actor: OrderActor;

  @Field(() => ID, { nullable: true, description: "Set when the change came through an incident." })
  viaIncidentId: string | null;

  /** The incident an INCIDENT_ATTACHED / INCIDENT_DETACHED entry names (the `incident` field). */
  incidentId?: string | null;

  @Field(() => OrderStatus, { nullable: true })
  fromStatus: Status | null;

  @Field(() => OrderStatus, { nullable: true })
  toStatus: Status | null;

  @Field(() => String, { nullable: true, description: "Status comment at the time of the change." })
  statusComment: string | null;

  @Field(() => [Employee], { description: "Executors after an EXECUTORS_CHANGED event, responsible first." })
  executors: Employee[];

  @Field(() => [OrderFieldChange])
  changes: OrderFieldChange[];

  @Field(() => Department, { nullable: true, description: "The new department of a DEPARTMENT_CHANGED event (its name as it was then)." })
  department: Department | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "The SLA deadline an SLA event is about." })
  dueAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The score of a RATED event (1–5)." })
  score: number | null;

  @Field(() => String, { nullable: true, description: "The file name of a DOCUMENT_ADDED / DOCUMENT_DELETED event." })
  fileName: string | null;

  @Field(() => String, { nullable: true, description: "The resident's comment of a RATED event." })
  ratingComment: string | null;

  @Field(() => String, { nullable: true, description: "The item of a CHECKLIST_ITEM_DONE / CHECKLIST_ITEM_UNDONE event (its title as it was then)." })
  checklistItemTitle: string | null;

  @Field(() => String, { nullable: true, description: "The note a CHECKLIST_ITEM_DONE event left on the item." })
  checklistNote: string | null;
  @Field(() => InvoiceHistoryAction, { nullable: true, description: "What an INVOICE_CHANGED event did." })
  invoiceAction: HistoryAction | null;

  @Field(() => MoneyScalar, { nullable: true, description: "The invoice's total after an INVOICE_CHANGED event." })
  invoiceTotal: bigint | null;

  @Field(() => String, { nullable: true, description: "The line an INVOICE_CHANGED line event is about (its name)." })
  invoiceLineName: string | null;

  @Field(() => RefundHistoryAction, { nullable: true, description: "What a REFUND_CHANGED event says happened." })
  refundAction: RefundAction | null;

  @Field(() => MoneyScalar, { nullable: true, description: "The refund's amount of a REFUND_CHANGED event." })
  refundAmount: bigint | null;

  @Field(() => RefundSettlement, { nullable: true, description: "The refund's settlement after a REFUND_CHANGED event (RECORDED: handed back in cash)." })
  refundSettlement: keyof typeof RefundSettlement | null;

  @Field(() => String, { nullable: true, description: "REQUESTED / CREATED: the refund's reason; REJECTED: why; FAILED: the acquirer's refusal." })
  refundReason: string | null;
}

@ObjectType({ description: "The orders list tabs' totals in the viewer's scope, orders attached to an incident aside (pushed live)." })
export class OrderTabCounts {
  @Field(() => Int, { description: "«Новые»: PENDING + REOPENED." })
  new: number;

  @Field(() => Int, { description: "«Все», exact up to 10,000; above that 10,000 with allExact false («более 10 000»)." })
  all: number;

  @Field(() => Boolean)
  allExact: boolean;
}

@ObjectType({ description: "An employee who may execute the order, with their current workload." })
export class ExecutorCandidate {
  @Field(() => Employee)
  employee: Employee;

  @Field(() => Int, { description: "Open orders (not DONE/CANCELLED) where they are an executor." })
  openOrders: number;

  @Field(() => WorkloadLevel)
  workload: Level;
}

@InputType()
export class OrderFormAnswerInput {
  @Field(() => String)
  key: string;

  @Field(() => String, { nullable: true })
  value?: string | null;
}

@InputType()
export class OrderCreateInput {
  @Field(() => OrderChannel)
  channel: OrderChannelValue;

  @Field(() => ID)
  serviceId: string;

  @Field(() => ID)
  buildingId: string;

  @Field(() => ID, { nullable: true })
  premiseId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "No client on purpose (a common-area problem): required when the premise has residents and no clientId is given." })
  withoutClient?: boolean | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [OrderFormAnswerInput], { nullable: true })
  formAnswers?: OrderFormAnswerInput[] | null;

  @Field(() => ID, { nullable: true, description: "An open incident to attach the order to." })
  incidentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The call the order is created from (the screen-pop's «Создать обращение»): linked to it in the same transaction. Needs CALLS_READ.",
  })
  callId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A key the client made for this create (≤100 of A–Z a–z 0–9 _ . : -): sent again (a lost answer), it returns the same order instead of a second; with other input it is a CONFLICT (IDEMPOTENCY_KEY_REUSED). Kept 7 days.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "A resident's order: for one of their own premises; the channel is the resident app." })
export class ResidentOrderCreateInput {
  @Field(() => ID)
  serviceId: string;

  @Field(() => ID)
  premiseId: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [OrderFormAnswerInput], { nullable: true })
  formAnswers?: OrderFormAnswerInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: "A key the client made for this create (≤100 of A–Z a–z 0–9 _ . : -): sent again (a lost answer), it returns the same order instead of a second; with other input it is a CONFLICT (IDEMPOTENCY_KEY_REUSED). Kept 7 days.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "The card's Management block, saved at once." })
export class OrderManageInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version the editor started from; an older one is a CONFLICT." })
  version: number;

  @Field(() => OrderStatus, { nullable: true })
  status?: Status | null;

  @Field(() => String, { nullable: true, description: "Sticky staff-only comment; an empty string clears it, null keeps it." })
  statusComment?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Возобновить до, for PAUSED." })
  resumeBy?: Date | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Executors in order; the first is responsible." })
  executorIds?: string[] | null;
}

@InputType({ description: "The card's Information block: base data, locked once the order is done, cancelled or invoiced." })
export class OrderUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: "Omitted or null keeps the premise, an empty string clears it." })
  premiseId?: string | null;

  @Field(() => ID, { nullable: true, description: "Omitted or null keeps the client, an empty string clears it." })
  clientId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "No client on purpose (a common-area problem): required when the premise has residents and no clientId is given." })
  withoutClient?: boolean | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [OrderFormAnswerInput], { nullable: true })
  formAnswers?: OrderFormAnswerInput[] | null;
}

@InputType()
export class ResidentOrderStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => OrderStatus, { description: "CANCELLED (a pending order), REOPENED (a done one) or APPROVAL (answering a clarification)." })
  status: Status;

  @Field(() => String, { nullable: true, description: "The resident's reason or answer; it goes to the history." })
  comment?: string | null;
}

export type { Label as OrderLabelValue };

@ObjectType({ description: "Заявка." })
export class Order {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "Human number, unique within the organization." })
  number: number;

  @Field(() => OrderChannel)
  channel: OrderChannelValue;

  @Field(() => OrderStatus)
  status: Status;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Возобновить до (PAUSED orders)." })
  resumeBy: Date | null;

  @Field(() => ID, { nullable: true })
  incidentId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firstInProgressAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Reaction deadline (SLA)." })
  reactionDueAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "«Выполнить до»: the execution deadline (SLA)." })
  executionDueAt: Date | null;

  @Field(() => Int, { description: "Send it back with edits; a stale one is refused with CONFLICT." })
  version: number;

  @Field(() => Int, { description: "Grows with every change, also those that are not edits (SLA, «seen», important comments): the higher snapshot is the newer." })
  revision: number;

  serviceId: string;
  departmentId: string | null;
  buildingId: string;
  premiseId: string | null;
  clientId: string | null;
}
