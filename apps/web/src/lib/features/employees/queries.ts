import { graphql } from "$lib/graphql/generated";

export const EmployeeListItemFragment = graphql(`
  fragment EmployeeListItem on Employee {
    id
    fullName
    position
    email
    phone
    extension
    active
    lastLoginAt
    role {
      id
      name
    }
    departments {
      id
      name
    }
  }
`);

export const EmployeesQuery = graphql(`
  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {
    employees(search: $search, active: $active, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...EmployeeListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EmployeeQuery = graphql(`
  query Employee($id: ID!) {
    employee(id: $id) {
      ...EmployeeListItem
    }
  }
`);

/** What the employee form chooses from. */
export const EmployeeFormOptionsQuery = graphql(`
  query EmployeeFormOptions {
    roles(first: 100) {
      edges {
        node {
          id
          name
          description
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

export const EmployeeCreateMutation = graphql(`
  mutation EmployeeCreate($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) {
      ...EmployeeListItem
    }
  }
`);

export const EmployeeUpdateMutation = graphql(`
  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {
    employeeUpdate(id: $id, input: $input) {
      ...EmployeeListItem
    }
  }
`);

/** «Добавочный номер (АТС)»: its own mutation (unique in the organization: EXTENSION_TAKEN). */
export const EmployeeExtensionSetMutation = graphql(`
  mutation EmployeeExtensionSet($id: ID!, $extension: String) {
    employeeExtensionSet(id: $id, extension: $extension) {
      ...EmployeeListItem
    }
  }
`);
