import { graphql } from "$lib/graphql/generated";

export const DepartmentMemberFragment = graphql(`
  fragment DepartmentMember on Employee {
    id
    fullName
    position
    active
  }
`);

export const DepartmentDetailsFragment = graphql(`
  fragment DepartmentDetails on Department {
    id
    name
    version
    employees {
      ...DepartmentMember
    }
  }
`);

export const DepartmentsQuery = graphql(`
  query Departments($search: String, $first: Int, $after: String) {
    departments(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...DepartmentDetails
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DepartmentQuery = graphql(`
  query Department($id: ID!) {
    department(id: $id) {
      ...DepartmentDetails
    }
  }
`);

/** Employees to add to a department, by name. */
export const DepartmentMemberOptionsQuery = graphql(`
  query DepartmentMemberOptions($search: String) {
    employees(search: $search, first: 20) {
      edges {
        node {
          ...DepartmentMember
        }
      }
    }
  }
`);

export const DepartmentCreateMutation = graphql(`
  mutation DepartmentCreate($input: DepartmentCreateInput!) {
    departmentCreate(input: $input) {
      ...DepartmentDetails
    }
  }
`);

export const DepartmentUpdateMutation = graphql(`
  mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {
    departmentUpdate(id: $id, input: $input) {
      ...DepartmentDetails
    }
  }
`);
