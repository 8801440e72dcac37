import { graphql } from "$lib/graphql/generated";

export const BuildingListItemFragment = graphql(`
  fragment BuildingListItem on Building {
    id
    address
    version
    archivedAt
    premisesCount
    quarter {
      id
      name
    }
    objectGroup {
      id
      name
    }
    legalEntity {
      id
      name
    }
  }
`);

export const BuildingsQuery = graphql(`
  query Buildings($search: String, $archived: Boolean! = false, $first: Int, $after: String) {
    buildings(search: $search, archived: $archived, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...BuildingListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BuildingAdminQuery = graphql(`
  query BuildingAdmin($id: ID!) {
    building(id: $id) {
      ...BuildingListItem
    }
  }
`);

/** What the building form picks from: every quarter, object group and legal entity (short lists). */
export const BuildingFormOptionsQuery = graphql(`
  query BuildingFormOptions {
    quarters {
      id
      name
    }
    objectGroups {
      id
      name
    }
    legalEntities {
      id
      name
    }
  }
`);

export const BuildingCreateMutation = graphql(`
  mutation BuildingCreate($input: BuildingCreateInput!) {
    buildingCreate(input: $input) {
      ...BuildingListItem
    }
  }
`);

export const BuildingUpdateMutation = graphql(`
  mutation BuildingUpdate($id: ID!, $input: BuildingUpdateInput!) {
    buildingUpdate(id: $id, input: $input) {
      ...BuildingListItem
    }
  }
`);

export const PremiseListItemFragment = graphql(`
  fragment PremiseListItem on Premise {
    id
    number
    version
    archivedAt
    personalAccount
    tags
    note
  }
`);

export const BuildingPremisesAdminQuery = graphql(`
  query BuildingPremisesAdmin($buildingId: ID!, $search: String, $archived: Boolean! = false, $first: Int, $after: String) {
    premises(buildingId: $buildingId, search: $search, archived: $archived, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...PremiseListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PremiseCreateMutation = graphql(`
  mutation PremiseCreate($input: PremiseCreateInput!) {
    premiseCreate(input: $input) {
      ...PremiseListItem
    }
  }
`);

export const PremiseUpdateMutation = graphql(`
  mutation PremiseUpdate($id: ID!, $input: PremiseUpdateInput!) {
    premiseUpdate(id: $id, input: $input) {
      ...PremiseListItem
    }
  }
`);

export const PremisesImportPreviewMutation = graphql(`
  mutation PremisesImportPreview($fileId: ID!, $buildingId: ID) {
    premisesImportPreview(fileId: $fileId, buildingId: $buildingId) {
      fileId
      fileName
      totalRows
      errorRows
      createCount
      updateCount
      unchangedCount
      rows {
        rowNumber
        buildingAddress
        number
        personalAccount
        tags
        note
        action
        errors {
          column
          message
        }
      }
    }
  }
`);

export const PremisesImportApplyMutation = graphql(`
  mutation PremisesImportApply($fileId: ID!, $buildingId: ID, $skipInvalidRows: Boolean) {
    premisesImportApply(fileId: $fileId, buildingId: $buildingId, skipInvalidRows: $skipInvalidRows) {
      created
      updated
      unchanged
      skipped
    }
  }
`);

export const PremisesExportMutation = graphql(`
  mutation PremisesExport($buildingId: ID, $format: PremisesExportFormat) {
    premisesExport(buildingId: $buildingId, format: $format) {
      id
      fileName
      url
    }
  }
`);
