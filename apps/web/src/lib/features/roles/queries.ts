import { graphql } from "$lib/graphql/generated";

export const RoleListItemFragment = graphql(`
  fragment RoleListItem on Role {
    id
    name
    description
    permissions
    employeeCount
    version
  }
`);

export const RoleDetailsFragment = graphql(`
  fragment RoleDetails on Role {
    ...RoleListItem
    notificationSettings {
      newOrders
      serviceIds
      departmentIds
      chatMessages
      importantComments
      refundRequests
    }
  }
`);

export const RolesQuery = graphql(`
  query Roles($first: Int, $after: String) {
    roles(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...RoleListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RoleQuery = graphql(`
  query Role($id: ID!) {
    role(id: $id) {
      ...RoleDetails
    }
  }
`);

/** The employees holding a role, by name (the role page's «Сотрудники с этой ролью»). */
export const RoleHoldersQuery = graphql(`
  query RoleHolders($roleId: ID!, $first: Int, $after: String) {
    employees(roleId: $roleId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          fullName
          position
          active
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the notification settings choose from: services and departments. */
export const RoleFormOptionsQuery = graphql(`
  query RoleFormOptions {
    services(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const RoleCreateMutation = graphql(`
  mutation RoleCreate($input: RoleCreateInput!) {
    roleCreate(input: $input) {
      ...RoleDetails
    }
  }
`);

export const RoleUpdateMutation = graphql(`
  mutation RoleUpdate($id: ID!, $input: RoleUpdateInput!) {
    roleUpdate(id: $id, input: $input) {
      ...RoleDetails
    }
  }
`);
