import { graphql } from "$lib/graphql/generated";

/** A stored file as lists show it; `url` is the download path on the API's origin. */
export const StoredFileFragment = graphql(`
  fragment StoredFileItem on StoredFile {
    id
    fileName
    contentType
    size
    url
    createdAt
  }
`);

export const OrderDocumentsQuery = graphql(`
  query OrderDocuments($id: ID!) {
    order(id: $id) {
      id
      revision
      documentCount
      documents {
        id
        createdAt
        file {
          ...StoredFileItem
        }
        uploadedBy {
          id
          fullName
        }
      }
    }
  }
`);

export const OrderDocumentAddMutation = graphql(`
  mutation OrderDocumentAdd($orderId: ID!, $fileId: ID!) {
    orderDocumentAdd(orderId: $orderId, fileId: $fileId) {
      id
    }
  }
`);

export const OrderDocumentDeleteMutation = graphql(`
  mutation OrderDocumentDelete($id: ID!) {
    orderDocumentDelete(id: $id) {
      id
      revision
      documentCount
    }
  }
`);
