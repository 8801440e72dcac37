import { adminPermission, orderReaders, pick, residentOnly, staffOnly, staffOrderReaders, type Actor, type Expectation, type MatrixRow } from "./matrix-kit.js";

/** Staff who may see the demo order and its resident; the other organization's admin gets NOT_FOUND. */
const ownOrderChat: Record<Actor, Expectation> = { ...orderReaders, foreignEmployee: "NOT_FOUND" };
/** Acting on a message or scheduled message that does not exist (who the author is, is tested in chat.test.ts). */
const missingTarget = (resident: Expectation): Record<Actor, Expectation> => ({
  anonymous: "UNAUTHENTICATED",
  resident,
  dispatcher: "NOT_FOUND",
  executor: "NOT_FOUND",
  administrator: "NOT_FOUND",
  foreignEmployee: "NOT_FOUND",
});
const ownOrder = ({ fixtures }: { fixtures: { own: { order: string } } }) => ({ id: fixtures.own.order });
const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString();

/**
 * Authorization-matrix rows for «Переписка с клиентом»: the chat is open to staff who see the order
 * and to the order's resident; scheduled messages are staff-only; reply templates are read by all
 * staff and managed with SERVICES_MANAGE. Send rows use the demo order for everyone (the other
 * organization's fixture order has no client, so nobody could write there).
 */
export const chatMatrixRows: MatrixRow[] = [
  { field: "chatMessageSend", document: `mutation ($id: ID!) { chatMessageSend(orderId: $id, text: "матрица") { id } }`, variables: ownOrder, expect: { ...ownOrderChat, resident: "FORBIDDEN" } },
  { field: "chatMessageEdit", document: `mutation ($id: ID!) { chatMessageEdit(id: $id, text: "матрица") { id } }`, variables: ({ fixtures }) => ({ id: fixtures.missing }), expect: missingTarget("FORBIDDEN") },
  { field: "chatMessageDelete", document: `mutation ($id: ID!) { chatMessageDelete(id: $id) { id } }`, variables: ({ fixtures }) => ({ id: fixtures.missing }), expect: missingTarget("FORBIDDEN") },
  { field: "chatMarkRead", document: `mutation ($id: ID!) { chatMarkRead(orderId: $id) { id chatUnreadCount } }`, targeted: true, variables: pick("order"), expect: staffOrderReaders },
  {
    field: "chatMessageChanged",
    kind: "subscription",
    document: `subscription ($id: ID!) { chatMessageChanged(orderId: $id) { kind } }`,
    targeted: true,
    variables: pick("order"),
    expect: staffOrderReaders,
  },
  // The resident's side of the same chat (ResidentChatMessage): every employee is refused.
  { field: "residentChatMessageSend", document: `mutation ($id: ID!) { residentChatMessageSend(orderId: $id, text: "матрица") { id author { name } } }`, variables: ownOrder, expect: residentOnly },
  {
    field: "residentChatMessageEdit",
    document: `mutation ($id: ID!) { residentChatMessageEdit(id: $id, text: "матрица") { id } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...residentOnly, resident: "NOT_FOUND" },
  },
  {
    field: "residentChatMessageDelete",
    document: `mutation ($id: ID!) { residentChatMessageDelete(id: $id) { id } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...residentOnly, resident: "NOT_FOUND" },
  },
  {
    field: "residentChatMessageChanged",
    kind: "subscription",
    document: `subscription ($id: ID!) { residentChatMessageChanged(orderId: $id) { kind messages { author { name } } } }`,
    targeted: true,
    variables: pick("order"),
    expect: residentOnly,
  },
  {
    field: "scheduledMessageCreate",
    document: `mutation ($id: ID!, $at: DateTimeISO!) { scheduledMessageCreate(orderId: $id, text: "матрица", sendAt: $at) { id } }`,
    variables: (ctx) => ({ ...ownOrder(ctx), at: tomorrow() }),
    expect: { ...ownOrderChat, resident: "FORBIDDEN" },
  },
  { field: "scheduledMessageSendNow", document: `mutation ($id: ID!) { scheduledMessageSendNow(id: $id) { id } }`, variables: ({ fixtures }) => ({ id: fixtures.missing }), expect: missingTarget("FORBIDDEN") },
  {
    field: "scheduledMessageReschedule",
    document: `mutation ($id: ID!, $at: DateTimeISO!) { scheduledMessageReschedule(id: $id, sendAt: $at) { id } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing, at: tomorrow() }),
    expect: missingTarget("FORBIDDEN"),
  },
  { field: "scheduledMessageDelete", document: `mutation ($id: ID!) { scheduledMessageDelete(id: $id) }`, variables: ({ fixtures }) => ({ id: fixtures.missing }), expect: missingTarget("FORBIDDEN") },
  { field: "replyTemplates", document: `{ replyTemplates { id title } }`, expect: staffOnly },
  {
    field: "replyTemplateCreate",
    document: `mutation { replyTemplateCreate(input: { title: "Матрица", text: "Здравствуйте, {client_name}" }) { id } }`,
    expect: adminPermission,
  },
  {
    field: "replyTemplateUpdate",
    document: `mutation ($id: ID!) { replyTemplateUpdate(id: $id, input: { title: "Матрица" }) { id } }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...missingTarget("FORBIDDEN"), dispatcher: "FORBIDDEN", executor: "FORBIDDEN" },
  },
  {
    field: "replyTemplateDelete",
    document: `mutation ($id: ID!) { replyTemplateDelete(id: $id) }`,
    variables: ({ fixtures }) => ({ id: fixtures.missing }),
    expect: { ...missingTarget("FORBIDDEN"), dispatcher: "FORBIDDEN", executor: "FORBIDDEN" },
  },
];
