import { graphql } from "$lib/graphql/generated";

export const QuarterItemFragment = graphql(`
  fragment QuarterItem on Quarter {
    id
    name
    version
    administrators {
      id
      fullName
    }
  }
`);

export const ObjectGroupItemFragment = graphql(`
  fragment ObjectGroupItem on ObjectGroup {
    id
    name
    version
    administrators {
      id
      fullName
    }
  }
`);

export const QuartersAdminQuery = graphql(`
  query QuartersAdmin {
    quarters {
      ...QuarterItem
    }
  }
`);

export const ObjectGroupsAdminQuery = graphql(`
  query ObjectGroupsAdmin {
    objectGroups {
      ...ObjectGroupItem
    }
  }
`);

export const QuarterCreateMutation = graphql(`
  mutation QuarterCreate($input: ObjectGroupingCreateInput!) {
    quarterCreate(input: $input) {
      ...QuarterItem
    }
  }
`);

export const QuarterUpdateMutation = graphql(`
  mutation QuarterUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {
    quarterUpdate(id: $id, input: $input) {
      ...QuarterItem
    }
  }
`);

export const ObjectGroupCreateMutation = graphql(`
  mutation ObjectGroupCreate($input: ObjectGroupingCreateInput!) {
    objectGroupCreate(input: $input) {
      ...ObjectGroupItem
    }
  }
`);

export const ObjectGroupUpdateMutation = graphql(`
  mutation ObjectGroupUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {
    objectGroupUpdate(id: $id, input: $input) {
      ...ObjectGroupItem
    }
  }
`);

/** Employees for the administrators picker, by name. */
export const AdministratorOptionsQuery = graphql(`
  query AdministratorOptions($search: String) {
    employees(search: $search, active: true, first: 20) {
      edges {
        node {
          id
          fullName
          position
        }
      }
    }
  }
`);

export const LegalEntityItemFragment = graphql(`
  fragment LegalEntityItem on LegalEntity {
    id
    name
    version
    inn
    kpp
    ogrn
    address
    phone
    email
    bankName
    bik
    settlementAccount
    correspondentAccount
  }
`);

export const LegalEntitiesAdminQuery = graphql(`
  query LegalEntitiesAdmin {
    legalEntities {
      ...LegalEntityItem
    }
  }
`);

export const LegalEntityCreateMutation = graphql(`
  mutation LegalEntityCreate($input: LegalEntityCreateInput!) {
    legalEntityCreate(input: $input) {
      ...LegalEntityItem
    }
  }
`);

export const LegalEntityUpdateMutation = graphql(`
  mutation LegalEntityUpdate($id: ID!, $input: LegalEntityUpdateInput!) {
    legalEntityUpdate(id: $id, input: $input) {
      ...LegalEntityItem
    }
  }
`);
