import { graphql } from "$lib/graphql/generated";

export const ReportExportFragment = graphql(`
  fragment ReportExportItem on ReportExport {
    id
    state
    totalRows
    rowsWritten
    error
    file {
      id
      fileName
      size
      url
    }
  }
`);

export const OrderReportFieldsQuery = graphql(`
  query OrderReportFields {
    orderReportFields {
      available {
        field
        title
      }
      selected
    }
  }
`);

export const OrderReportCreateMutation = graphql(`
  mutation OrderReportCreate($input: OrderReportCreateInput!) {
    orderReportCreate(input: $input) {
      ...ReportExportItem
    }
  }
`);

export const ReportExportQuery = graphql(`
  query ReportExport($id: ID!) {
    reportExport(id: $id) {
      ...ReportExportItem
    }
  }
`);

export const ReportExportUpdatedSubscription = graphql(`
  subscription ReportExportUpdated($id: ID!) {
    reportExportUpdated(id: $id) {
      ...ReportExportItem
    }
  }
`);
