import { graphql } from "$lib/graphql/generated";

/** Reference data of the organization changed (anyone, any instance): open admin lists follow. */
export const DirectoryChangedSubscription = graphql(`
  subscription DirectoryChanged($kinds: [DirectoryKind!]) {
    directoryChanged(kinds: $kinds) {
      kind
      action
      ids
    }
  }
`);

export const BuildingDeleteMutation = graphql(`
  mutation BuildingDelete($id: ID!) {
    buildingDelete(id: $id)
  }
`);

export const PremiseDeleteMutation = graphql(`
  mutation PremiseDelete($id: ID!) {
    premiseDelete(id: $id)
  }
`);

export const QuarterDeleteMutation = graphql(`
  mutation QuarterDelete($id: ID!) {
    quarterDelete(id: $id)
  }
`);

export const ObjectGroupDeleteMutation = graphql(`
  mutation ObjectGroupDelete($id: ID!) {
    objectGroupDelete(id: $id)
  }
`);

export const LegalEntityDeleteMutation = graphql(`
  mutation LegalEntityDelete($id: ID!) {
    legalEntityDelete(id: $id)
  }
`);

export const DepartmentDeleteMutation = graphql(`
  mutation DepartmentDelete($id: ID!) {
    departmentDelete(id: $id)
  }
`);

export const RoleDeleteMutation = graphql(`
  mutation RoleDelete($id: ID!) {
    roleDelete(id: $id)
  }
`);

export const BuildingArchiveMutation = graphql(`
  mutation BuildingArchive($id: ID!, $archived: Boolean!) {
    buildingArchive(id: $id, archived: $archived) {
      id
      archivedAt
      version
    }
  }
`);

export const PremiseArchiveMutation = graphql(`
  mutation PremiseArchive($id: ID!, $archived: Boolean!) {
    premiseArchive(id: $id, archived: $archived) {
      id
      archivedAt
      version
    }
  }
`);
