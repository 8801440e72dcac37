import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { formatDateTime } from "$lib/i18n/format";
import {
  ChatMarkReadMutation,
  ChatMessageDeleteMutation,
  ChatMessageEditMutation,
  ChatMessageSendMutation,
  ReplyTemplateCreateMutation,
  ReplyTemplateDeleteMutation,
  ReplyTemplateUpdateMutation,
  ScheduledMessageCreateMutation,
  ScheduledMessageDeleteMutation,
  ScheduledMessageRescheduleMutation,
  ScheduledMessageSendNowMutation,
} from "./queries";

/** A message to the resident: text, a file uploaded for the chat, or both. */
export async function sendChatMessage(orderId: string, text: string | null, fileId: string | null) {
  const result = await mutate(ChatMessageSendMutation, { orderId, text, fileId }, { failure: { testid: "chat-send-error" } });
  return mapOutcome(result, (data) => data.chatMessageSend);
}

export async function editChatMessage(id: string, text: string) {
  return mapOutcome(await mutate(ChatMessageEditMutation, { id, text }, { failure: { testid: "chat-edit-error" } }), (data) => data.chatMessageEdit);
}

export async function deleteChatMessage(id: string) {
  return mapOutcome(await mutate(ChatMessageDeleteMutation, { id }, { failure: { testid: "chat-delete-error" } }), (data) => data.chatMessageDelete);
}

/** The resident's messages up to this one are read; a failure is retried by the next look at the thread. */
export async function markChatRead(orderId: string, upToMessageId: string) {
  return mapOutcome(await mutate(ChatMarkReadMutation, { orderId, upToMessageId }, { failure: false }), (data) => data.chatMarkRead);
}

export async function scheduleChatMessage(orderId: string, text: string | null, fileId: string | null, sendAt: Date) {
  const result = await mutate(
    ScheduledMessageCreateMutation,
    { orderId, text, fileId, sendAt: sendAt.toISOString() },
    {
      failure: { testid: "chat-schedule-error" },
      success: (data) => ({ message: t("order.chat.scheduled", { at: formatDateTime(data.scheduledMessageCreate.sendAt) }), testid: "chat-scheduled-toast" }),
    },
  );
  return mapOutcome(result, (data) => data.scheduledMessageCreate);
}

export async function sendScheduledNow(id: string) {
  const result = await mutate(ScheduledMessageSendNowMutation, { id }, { failure: { testid: "scheduled-error" } });
  return mapOutcome(result, (data) => data.scheduledMessageSendNow);
}

export async function rescheduleMessage(id: string, sendAt: Date) {
  const result = await mutate(ScheduledMessageRescheduleMutation, { id, sendAt: sendAt.toISOString() }, { failure: { testid: "scheduled-error" } });
  return mapOutcome(result, (data) => data.scheduledMessageReschedule);
}

export async function deleteScheduledMessage(id: string) {
  return mapOutcome(await mutate(ScheduledMessageDeleteMutation, { id }, { failure: { testid: "scheduled-error" } }), (data) => data.scheduledMessageDelete);
}

/** Creates the reply template (no id) or updates it; refusals of its title or text stay at those fields. */
export async function saveReplyTemplate(id: string | null, input: { title: string; text: string }) {
  const options = {
    failure: { testid: "reply-template-error", shownAt: ["input.title", "input.text"] },
    success: { message: t("replyTemplates.saved"), testid: "reply-template-saved" },
  };
  if (id) return mapOutcome(await mutate(ReplyTemplateUpdateMutation, { id, input }, options), (data) => data.replyTemplateUpdate);
  return mapOutcome(await mutate(ReplyTemplateCreateMutation, { input }, options), (data) => data.replyTemplateCreate);
}

export async function deleteReplyTemplate(id: string) {
  const result = await mutate(
    ReplyTemplateDeleteMutation,
    { id },
    { failure: { testid: "reply-template-error" }, success: { message: t("replyTemplates.deleted"), testid: "reply-template-deleted" } },
  );
  return mapOutcome(result, (data) => data.replyTemplateDelete);
}
