import { adminPermission, pick, residentOnly, signedIn, staffOnly, unique, type MatrixRow } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for the organization, staff and services modules; spread them into
 * `matrixRows`. Residents read `organization` and active services (as ResidentService); every other read is staff-only;
 * changes need SERVICES_MANAGE / EMPLOYEES_MANAGE / ROLES_MANAGE (administrators in the seed).
 */
export const referenceDataMatrixRows: MatrixRow[] = [
  // Organization
  { field: "organization", document: `{ organization { id } }`, expect: signedIn },
  { field: "legalEntities", document: `{ legalEntities { id } }`, expect: staffOnly },
  { field: "quarters", document: `{ quarters { id administrators { id } } }`, expect: staffOnly },
  { field: "objectGroups", document: `{ objectGroups { id administrators { id } } }`, expect: staffOnly },
  { field: "buildings", document: `{ buildings(first: 2) { totalCount nodes { id premisesCount } } }`, expect: staffOnly },
  { field: "building", document: `query ($id: ID!) { building(id: $id) { id } }`, targeted: true, variables: pick("building"), expect: staffOnly },
  { field: "premises", document: `{ premises(first: 2) { totalCount nodes { id clients { id } } } }`, expect: staffOnly },
  { field: "premise", document: `query ($id: ID!) { premise(id: $id) { id } }`, targeted: true, variables: pick("premise"), expect: staffOnly },
  {
    field: "premise",
    // The premise card: its orders and activity follow the viewer's scope; another organization's premise is NOT_FOUND.
    document: `query ($id: ID!) { premise(id: $id) { id orders(first: 2) { totalCount nodes { id } } activity(first: 2) { totalCount nodes { id kind } } } }`,
    targeted: true,
    variables: pick("premise"),
    expect: staffOnly,
  },
  {
    field: "incidents",
    // The building card's incidents: another organization's building is NOT_FOUND.
    document: `query ($id: ID!) { incidents(buildingId: $id, first: 2) { totalCount nodes { id } } }`,
    targeted: true,
    variables: pick("building"),
    expect: staffOnly,
  },

  // Staff
  { field: "employees", document: `{ employees(first: 2) { totalCount nodes { id role { id } departments { id } } } }`, expect: staffOnly },
  { field: "employee", document: `query ($id: ID!) { employee(id: $id) { id } }`, targeted: true, variables: pick("employee"), expect: staffOnly },
  {
    field: "employeeCreate",
    document: `mutation ($email: String!, $roleId: ID!) { employeeCreate(input: { fullName: "Матрица", email: $email, roleId: $roleId }) { id } }`,
    variables: ({ fixtures, actor }) => ({
      email: `${unique("matrix").replace(" ", "-")}@matrix.example`,
      roleId: actor === "foreignEmployee" ? fixtures.foreign.role : fixtures.own.role,
    }),
    expect: adminPermission,
  },
  {
    field: "employeeUpdate",
    document: `mutation ($id: ID!) { employeeUpdate(id: $id, input: { position: "matrix" }) { id } }`,
    targeted: true,
    variables: pick("employee"),
    expect: adminPermission,
  },
  {
    field: "employeeExtensionSet",
    document: `mutation ($id: ID!) { employeeExtensionSet(id: $id, extension: "7901") { id extension } }`,
    targeted: true,
    variables: pick("employee"),
    expect: adminPermission,
  },
  { field: "departments", document: `{ departments(first: 2) { totalCount nodes { id employees { id } } } }`, expect: staffOnly },
  { field: "department", document: `query ($id: ID!) { department(id: $id) { id } }`, targeted: true, variables: pick("department"), expect: staffOnly },
  {
    field: "departmentCreate",
    document: `mutation ($name: String!) { departmentCreate(input: { name: $name }) { id } }`,
    variables: () => ({ name: unique("Матрица") }),
    expect: adminPermission,
  },
  {
    field: "departmentUpdate",
    document: `mutation ($id: ID!, $name: String!) { departmentUpdate(id: $id, input: { name: $name }) { id } }`,
    targeted: true,
    variables: (ctx) => ({ ...pick("department")(ctx), name: unique("Матрица") }),
    expect: adminPermission,
  },
  { field: "accessChanged", kind: "subscription", document: `subscription { accessChanged }`, expect: staffOnly },
  { field: "roles", document: `{ roles(first: 2) { totalCount nodes { id employeeCount version } } }`, expect: staffOnly },
  { field: "role", document: `query ($id: ID!) { role(id: $id) { id } }`, targeted: true, variables: pick("role"), expect: staffOnly },
  {
    field: "roleCreate",
    document: `mutation ($name: String!) { roleCreate(input: { name: $name, permissions: [] }) { id } }`,
    variables: () => ({ name: unique("Матрица") }),
    expect: adminPermission,
  },
  {
    field: "roleUpdate",
    document: `mutation ($id: ID!) { roleUpdate(id: $id, input: { description: "matrix" }) { id } }`,
    targeted: true,
    variables: pick("role"),
    expect: adminPermission,
  },

  // Services: staff read Service; residents read the active ones as ResidentService (they order them)
  { field: "services", document: `{ services(first: 2) { totalCount nodes { id priceList { id } } } }`, expect: staffOnly },
  {
    field: "service",
    document: `query ($id: ID!) { service(id: $id) { id department { id } } }`,
    targeted: true,
    variables: pick("service"),
    expect: staffOnly,
  },
  { field: "residentServices", document: `{ residentServices(first: 2) { totalCount nodes { id name orderForm { key } } } }`, expect: residentOnly },
  {
    field: "residentService",
    document: `query ($id: ID!) { residentService(id: $id) { id name kind } }`,
    targeted: true,
    variables: pick("service"),
    expect: residentOnly,
  },
  {
    field: "serviceCreate",
    document: `mutation ($name: String!) { serviceCreate(input: { name: $name }) { id } }`,
    variables: () => ({ name: unique("Матрица") }),
    expect: adminPermission,
  },
  {
    field: "serviceUpdate",
    document: `mutation ($id: ID!) { serviceUpdate(id: $id, input: { description: "matrix" }) { id } }`,
    targeted: true,
    variables: pick("service"),
    expect: adminPermission,
  },
  {
    field: "priceListItemCreate",
    document: `mutation ($id: ID!) { priceListItemCreate(serviceId: $id, input: { name: "Матрица", unitPrice: "1.00" }) { id } }`,
    targeted: true,
    variables: pick("paidService"),
    expect: adminPermission,
  },
  {
    field: "priceListItemUpdate",
    document: `mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { active: true }) { id } }`,
    targeted: true,
    variables: pick("priceListItem"),
    expect: adminPermission,
  },
  { field: "serviceUpdated", kind: "subscription", document: `subscription { serviceUpdated { id } }`, expect: staffOnly },
];
