import { dispatcherPermission, home, pick, staffOnly, type MatrixRow } from "./matrix-kit.js";

/**
 * Authorization-matrix rows for incidents. Every employee reads them (attached orders follow their
 * order scope); INCIDENTS_MANAGE (dispatchers, administrators) changes them; residents only see
 * notices of open incidents in their buildings. Attach and detach act on the actor's own
 * organization's demo order.
 */
export const incidentsMatrixRows: MatrixRow[] = [
  { field: "incidents", document: `{ incidents(first: 2) { totalCount nodes { id orderCount openOrderCount responsible { id } } } }`, expect: staffOnly },
  { field: "incidentCounts", document: `{ incidentCounts { status count } }`, expect: staffOnly },
  { field: "incident", document: `query ($id: ID!) { incident(id: $id) { id history { kind } } }`, targeted: true, variables: pick("incident"), expect: staffOnly },
  {
    field: "residentIncidentNotices",
    document: `{ residentIncidentNotices { id title plannedEndAt } }`,
    expect: { anonymous: "UNAUTHENTICATED", resident: "OK", dispatcher: "FORBIDDEN", executor: "FORBIDDEN", administrator: "FORBIDDEN", foreignEmployee: "FORBIDDEN" },
  },
  { field: "incidentSettings", document: `{ incidentSettings { autoAttach } }`, expect: staffOnly },
  {
    field: "incidentCreate",
    document: `mutation ($service: ID!, $building: ID!) { incidentCreate(input: { title: "Матрица", serviceId: $service, scope: [{ buildingId: $building }] }) { id } }`,
    variables: (ctx) => ({ service: home(ctx).plainService, building: home(ctx).building }),
    expect: dispatcherPermission,
  },
  {
    field: "incidentUpdate",
    document: `mutation ($id: ID!, $version: Int!) { incidentUpdate(input: { id: $id, version: $version, description: "матрица" }) { id } }`,
    targeted: true,
    variables: async (ctx) => {
      const { id } = pick("incident")(ctx);
      return { id, version: await ctx.incidentVersionOf(id) };
    },
    expect: dispatcherPermission,
  },
  {
    field: "incidentManage",
    document: `mutation ($id: ID!, $version: Int!) { incidentManage(input: { id: $id, version: $version, statusComment: "матрица" }) { id } }`,
    targeted: true,
    variables: async (ctx) => {
      const { id } = pick("incident")(ctx);
      return { id, version: await ctx.incidentVersionOf(id) };
    },
    expect: dispatcherPermission,
  },
  { field: "incidentSettingsUpdate", document: `mutation { incidentSettingsUpdate(autoAttach: false) { autoAttach } }`, expect: dispatcherPermission },
  {
    field: "orderIncidentAttach",
    document: `mutation ($id: ID!, $order: ID!) { orderIncidentAttach(incidentId: $id, orderIds: [$order]) { id } }`,
    targeted: true,
    variables: (ctx) => ({ ...pick("incident")(ctx), order: home(ctx).order }),
    expect: dispatcherPermission,
  },
  {
    field: "orderIncidentDetach",
    document: `mutation ($id: ID!, $order: ID!) { orderIncidentDetach(incidentId: $id, orderIds: [$order]) { id } }`,
    targeted: true,
    variables: async (ctx) => {
      const { id } = pick("incident")(ctx);
      const order = home(ctx).order;
      if (ctx.target !== "missing" && home(ctx) === ctx.fixtures[ctx.target]) await ctx.attachDirectly(order, id);
      return { id, order };
    },
    expect: dispatcherPermission,
  },
  { field: "incidentChanged", kind: "subscription", document: `subscription { incidentChanged { id } }`, expect: staffOnly },
  { field: "incidentCountsChanged", kind: "subscription", document: `subscription { incidentCountsChanged { status count } }`, expect: staffOnly },
];
