import { graphql } from "$lib/graphql/generated";

// ---------- «Переписка с клиентом» (§19) ----------

export const ChatMessageFragment = graphql(`
  fragment ChatMessageItem on ChatMessage {
    id
    orderId
    text
    deleted
    state
    mine
    ourSide
    createdAt
    editedAt
    editableUntil
    revision
    author {
      kind
      name
    }
    file {
      id
      fileName
      contentType
      size
      url
    }
  }
`);

export const ScheduledMessageFragment = graphql(`
  fragment ScheduledMessageItem on ScheduledMessage {
    id
    orderId
    text
    sendAt
    author {
      id
      fullName
    }
    file {
      id
      fileName
      size
      url
    }
  }
`);

/** The thread, oldest first, with the unread count and the pending scheduled messages. */
export const OrderChatQuery = graphql(`
  query OrderChat($id: ID!) {
    order(id: $id) {
      id
      chatAvailable
      chatUnreadCount
      chatMessages {
        ...ChatMessageItem
      }
      scheduledMessages {
        ...ScheduledMessageItem
      }
    }
  }
`);

export const ChatMessageSendMutation = graphql(`
  mutation ChatMessageSend($orderId: ID!, $text: String, $fileId: ID) {
    chatMessageSend(orderId: $orderId, text: $text, fileId: $fileId) {
      ...ChatMessageItem
    }
  }
`);

export const ChatMessageEditMutation = graphql(`
  mutation ChatMessageEdit($id: ID!, $text: String!) {
    chatMessageEdit(id: $id, text: $text) {
      ...ChatMessageItem
    }
  }
`);

export const ChatMessageDeleteMutation = graphql(`
  mutation ChatMessageDelete($id: ID!) {
    chatMessageDelete(id: $id) {
      ...ChatMessageItem
    }
  }
`);

export const ChatMarkReadMutation = graphql(`
  mutation ChatMarkRead($orderId: ID!, $upToMessageId: ID) {
    chatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {
      id
      chatUnreadCount
    }
  }
`);

export const ChatMessageChangedSubscription = graphql(`
  subscription ChatMessageChanged($orderId: ID!) {
    chatMessageChanged(orderId: $orderId) {
      kind
      orderId
      messages {
        ...ChatMessageItem
      }
    }
  }
`);

export const ScheduledMessageCreateMutation = graphql(`
  mutation ScheduledMessageCreate($orderId: ID!, $text: String, $fileId: ID, $sendAt: DateTimeISO!) {
    scheduledMessageCreate(orderId: $orderId, text: $text, fileId: $fileId, sendAt: $sendAt) {
      ...ScheduledMessageItem
    }
  }
`);

export const ScheduledMessageSendNowMutation = graphql(`
  mutation ScheduledMessageSendNow($id: ID!) {
    scheduledMessageSendNow(id: $id) {
      ...ChatMessageItem
    }
  }
`);

export const ScheduledMessageRescheduleMutation = graphql(`
  mutation ScheduledMessageReschedule($id: ID!, $sendAt: DateTimeISO!) {
    scheduledMessageReschedule(id: $id, sendAt: $sendAt) {
      ...ScheduledMessageItem
    }
  }
`);

export const ScheduledMessageDeleteMutation = graphql(`
  mutation ScheduledMessageDelete($id: ID!) {
    scheduledMessageDelete(id: $id)
  }
`);

// ---------- Reply templates ----------

export const ReplyTemplateFragment = graphql(`
  fragment ReplyTemplateItem on ReplyTemplate {
    id
    title
    text
    updatedAt
  }
`);

export const ReplyTemplatesQuery = graphql(`
  query ReplyTemplates {
    replyTemplates {
      ...ReplyTemplateItem
    }
  }
`);

/** Templates with their text filled in for one order, for the composer's picker. */
export const RenderedReplyTemplatesQuery = graphql(`
  query RenderedReplyTemplates($orderId: ID!) {
    replyTemplates {
      id
      title
      rendered(orderId: $orderId)
    }
  }
`);

export const ReplyTemplateCreateMutation = graphql(`
  mutation ReplyTemplateCreate($input: ReplyTemplateInput!) {
    replyTemplateCreate(input: $input) {
      ...ReplyTemplateItem
    }
  }
`);

export const ReplyTemplateUpdateMutation = graphql(`
  mutation ReplyTemplateUpdate($id: ID!, $input: ReplyTemplateUpdateInput!) {
    replyTemplateUpdate(id: $id, input: $input) {
      ...ReplyTemplateItem
    }
  }
`);

export const ReplyTemplateDeleteMutation = graphql(`
  mutation ReplyTemplateDelete($id: ID!) {
    replyTemplateDelete(id: $id)
  }
`);
