import { graphql } from "$lib/graphql/generated";

// Comments for colleagues (§20).

export const OrderCommentFragment = graphql(`
  fragment OrderComment on OrderComment {
    id
    text
    important
    createdAt
    author {
      id
      fullName
      position
      avatarUrl
    }
  }
`);

/** The thread, oldest first; fetched apart from the card so live card versions do not resend it. */
export const OrderCommentsQuery = graphql(`
  query OrderComments($id: ID!) {
    order(id: $id) {
      id
      comments {
        ...OrderComment
      }
    }
  }
`);

export const OrderCommentCreateMutation = graphql(`
  mutation OrderCommentCreate($input: OrderCommentCreateInput!) {
    orderCommentCreate(input: $input) {
      ...OrderComment
    }
  }
`);

export const OrderCommentAddedSubscription = graphql(`
  subscription OrderCommentAdded($orderId: ID!) {
    orderCommentAdded(orderId: $orderId) {
      ...OrderComment
    }
  }
`);
