/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Buildings($search: String, $first: Int, $after: String) {\n    buildings(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          address\n          premisesCount\n          quarter {\n            id\n            name\n          }\n          objectGroup {\n            id\n            name\n          }\n          legalEntity {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BuildingsDocument,
    "\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n": typeof types.ClientListItemFragmentDoc,
    "\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n": typeof types.ClientDetailsFragmentDoc,
    "\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n": typeof types.ClientDocument,
    "\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n": typeof types.ClientUpdatedDocument,
    "\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n": typeof types.ClientUpdateDocument,
    "\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.EmployeeListItemFragmentDoc,
    "\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n": typeof types.EmployeeDocument,
    "\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EmployeeFormOptionsDocument,
    "\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": typeof types.EmployeeCreateDocument,
    "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": typeof types.EmployeeUpdateDocument,
    "\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n": typeof types.ServiceListItemFragmentDoc,
    "\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n": typeof types.ServiceDetailsFragmentDoc,
    "\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ServiceFormOptionsDocument,
    "\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n": typeof types.ServiceUpdatedDocument,
    "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n": typeof types.ServiceCreateDocument,
    "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n": typeof types.ServiceUpdateDocument,
    "\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    authLogout\n  }\n": typeof types.AuthLogoutDocument,
};
const documents: Documents = {
    "\n  query Buildings($search: String, $first: Int, $after: String) {\n    buildings(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          address\n          premisesCount\n          quarter {\n            id\n            name\n          }\n          objectGroup {\n            id\n            name\n          }\n          legalEntity {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BuildingsDocument,
    "\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n": types.ClientListItemFragmentDoc,
    "\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ClientsDocument,
    "\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n": types.ClientDetailsFragmentDoc,
    "\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n": types.ClientDocument,
    "\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n": types.ClientUpdatedDocument,
    "\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n": types.ClientUpdateDocument,
    "\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n": types.EmployeeListItemFragmentDoc,
    "\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n": types.EmployeeDocument,
    "\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EmployeeFormOptionsDocument,
    "\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": types.EmployeeCreateDocument,
    "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": types.EmployeeUpdateDocument,
    "\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n": types.ServiceListItemFragmentDoc,
    "\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n": types.ServiceDetailsFragmentDoc,
    "\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n": types.ServiceDocument,
    "\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ServiceFormOptionsDocument,
    "\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n": types.ServiceUpdatedDocument,
    "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n": types.ServiceCreateDocument,
    "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n": types.ServiceUpdateDocument,
    "\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    authLogout\n  }\n": types.AuthLogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Buildings($search: String, $first: Int, $after: String) {\n    buildings(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          address\n          premisesCount\n          quarter {\n            id\n            name\n          }\n          objectGroup {\n            id\n            name\n          }\n          legalEntity {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Buildings($search: String, $first: Int, $after: String) {\n    buildings(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          address\n          premisesCount\n          quarter {\n            id\n            name\n          }\n          objectGroup {\n            id\n            name\n          }\n          legalEntity {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n"): (typeof documents)["\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n"): (typeof documents)["\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n"): (typeof documents)["\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n"): (typeof documents)["\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n"): (typeof documents)["\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogout {\n    authLogout\n  }\n"): (typeof documents)["\n  mutation AuthLogout {\n    authLogout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;