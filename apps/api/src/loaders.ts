import type { Db } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { clientScope, orderScope, type OrderScope } from "@domovoy/domain";
import DataLoader from "dataloader";
import { eq, type InferSelectModel } from "drizzle-orm";
import type { Viewer } from "./shared/auth/viewer.js";
import { PaymentsRepository } from "./modules/payments/payments.repository.js";
import { byId, groupedBy, type LoaderOptions } from "./shared/dataloader.js";
import { CallsRepository, type CallRow } from "./modules/calls/calls.repository.js";
import { ChatRepository } from "./modules/chat/chat.repository.js";
import { ChecklistsRepository } from "./modules/checklists/checklists.repository.js";
import { DocumentsRepository } from "./modules/documents/documents.repository.js";
import { CommentsRepository } from "./modules/orders/comments.repository.js";
import { InvoicesRepository, type InvoiceRow } from "./modules/invoices/invoices.repository.js";
import { IncidentOrdersRepository } from "./modules/incidents/incident-orders.repository.js";
import { IncidentsRepository } from "./modules/incidents/incidents.repository.js";
import { OrdersRepository, type EmployeeRow, type OrderRow } from "./modules/orders/orders.repository.js";
import { RatingsRepository } from "./modules/ratings/ratings.repository.js";
import { ClientsRepository } from "./modules/clients/clients.repository.js";
import { OrganizationRepository } from "./modules/organization/organization.repository.js";
import { CatalogRepository } from "./modules/catalog/catalog.repository.js";
import { StaffRepository } from "./modules/staff/staff.repository.js";

/** Per-request DataLoaders; everything is scoped to the viewer's organization. */
export function createLoaders(db: Db, viewer: Viewer, options: LoaderOptions = { cache: true }) {
  const organizationId = viewer.kind === "ANONYMOUS" ? null : viewer.organizationId;
  return {
    organization: new DataLoader<string, InferSelectModel<typeof schema.organizations> | null>(async (ids) => {
      const rows = organizationId ? await db.select().from(schema.organizations).where(eq(schema.organizations.id, organizationId)) : [];
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }, options),
    legalEntity: byId(db, organizationId, schema.legalEntities, options),
    quarter: byId(db, organizationId, schema.quarters, options),
    objectGroup: byId(db, organizationId, schema.objectGroups, options),
    building: byId(db, organizationId, schema.buildings, options),
    premise: byId(db, organizationId, schema.premises, options),
    client: byId(db, organizationId, schema.clients, options),
    employee: byId(db, organizationId, schema.employees, options),
    department: byId(db, organizationId, schema.departments, options),
    role: byId(db, organizationId, schema.roles, options),
    service: byId(db, organizationId, schema.services, options),
    storedFile: byId(db, organizationId, schema.storedFiles, options),
    call: byId(db, organizationId, schema.calls, options),
    premisesOfClient: groupedBy(
      (ids: readonly string[]) => (organizationId ? new ClientsRepository(db, organizationId).premisesOf(ids) : Promise.resolve([])),
      (row) => row.clientId,
      options,
    ),
    premisesCountOfBuilding: new DataLoader<string, number>(async (ids) => {
      const rows = organizationId ? await new OrganizationRepository(db, organizationId).premiseCounts(ids) : [];
      const counts = new Map(rows.map((row) => [row.buildingId, row.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }, options),
    clientsOfPremise: groupedBy(
      (ids: readonly string[]) => (organizationId ? new OrganizationRepository(db, organizationId).clientsOfPremises(ids, clientScope(viewer)) : Promise.resolve([])),
      (row) => row.premiseId,
      options,
    ),
    administratorsOfQuarter: groupedBy(
      (ids: readonly string[]) => (organizationId ? new OrganizationRepository(db, organizationId).administratorsOfQuarters(ids) : Promise.resolve([])),
      (row) => row.quarterId,
      options,
    ),
    administratorsOfObjectGroup: groupedBy(
      (ids: readonly string[]) =>
        organizationId ? new OrganizationRepository(db, organizationId).administratorsOfObjectGroups(ids) : Promise.resolve([]),
      (row) => row.objectGroupId,
      options,
    ),
    departmentsOfEmployee: groupedBy(
      (ids: readonly string[]) => (organizationId ? new StaffRepository(db, organizationId).departmentsOfEmployees(ids) : Promise.resolve([])),
      (row) => row.employeeId,
      options,
    ),
    employeesOfDepartment: groupedBy(
      (ids: readonly string[]) => (organizationId ? new StaffRepository(db, organizationId).employeesOfDepartments(ids) : Promise.resolve([])),
      (row) => row.departmentId,
      options,
    ),
    priceListOfService: groupedBy(
      (ids: readonly string[]) => (organizationId ? new CatalogRepository(db, organizationId).priceListsOf(ids) : Promise.resolve([])),
      (row) => row.serviceId,
      options,
    ),
    commentsOfOrder: groupedBy(
      (ids: readonly string[]) => (organizationId ? new CommentsRepository(db, organizationId).ofOrders(ids) : Promise.resolve([])),
      (row) => row.orderId,
      options,
    ),
    documentsOfOrder: groupedBy(
      (ids: readonly string[]) => (organizationId ? new DocumentsRepository(db, organizationId).ofOrders(ids) : Promise.resolve([])),
      (row) => row.orderId,
      options,
    ),
    checklistOfOrder: groupedBy(
      (ids: readonly string[]) => (organizationId ? new ChecklistsRepository(db, organizationId).ofOrders(ids) : Promise.resolve([])),
      (row) => row.orderId,
      options,
    ),
    paymentsOfInvoice: groupedBy(
      (ids: readonly string[]) => (organizationId ? new PaymentsRepository(db, organizationId).ofInvoices(ids) : Promise.resolve([])),
      (row) => row.invoiceId,
      options,
    ),
    refundsOfInvoice: groupedBy(
      (ids: readonly string[]) => (organizationId ? new PaymentsRepository(db, organizationId).refundsOfInvoices(ids) : Promise.resolve([])),
      (row) => row.invoiceId,
      options,
    ),
    refundsOfOrder: groupedBy(
      (ids: readonly string[]) => (organizationId ? new PaymentsRepository(db, organizationId).refundsOfOrders(ids) : Promise.resolve([])),
      (row) => row.orderId,
      options,
    ),
    linesOfRefund: groupedBy(
      (ids: readonly string[]) => (organizationId ? new PaymentsRepository(db, organizationId).linesOfRefunds(ids) : Promise.resolve([])),
      (row) => row.refundId,
      options,
    ),
    employeeCountOfRole: new DataLoader<string, number>(async (ids) => {
      const counts = organizationId ? await new StaffRepository(db, organizationId).employeeCountsOfRoles(ids) : new Map<string, number>();
      return ids.map((id) => counts.get(id) ?? 0);
    }, options),
    documentCountOfOrder: new DataLoader<string, number>(async (ids) => {
      const counts = organizationId ? await new DocumentsRepository(db, organizationId).counts(ids) : new Map<string, number>();
      return ids.map((id) => counts.get(id) ?? 0);
    }, options),
    /** The order card's «Счёт на оплату» and the list's amount: one statement per page of orders. */
    invoiceOfOrder: new DataLoader<string, InvoiceRow | null>(async (orderIds) => {
      const rows = organizationId ? await new InvoicesRepository(db, organizationId).ofOrders(orderIds) : [];
      const byOrder = new Map(rows.map((row) => [row.orderId, row]));
      return orderIds.map((id) => byOrder.get(id) ?? null);
    }, options),
    linesOfInvoice: groupedBy(
      (ids: readonly string[]) => (organizationId ? new InvoicesRepository(db, organizationId).linesOf(ids) : Promise.resolve([])),
      (row) => row.invoiceId,
      options,
    ),
    ratingsOfOrder: groupedBy(
      (ids: readonly string[]) => (organizationId ? new RatingsRepository(db, organizationId).ofOrders(ids) : Promise.resolve([])),
      (row) => row.orderId,
      options,
    ),
    chatMessagesOfOrder: groupedBy(
      (ids: readonly string[]) => (organizationId ? new ChatRepository(db, organizationId).messagesOf(ids) : Promise.resolve([])),
      (row) => row.orderId,
      options,
    ),
    /** The viewer's side: staff count the resident's unread messages, a resident the staff's. */
    chatUnreadCountOfOrder: new DataLoader<string, number>(async (ids) => {
      const side = viewer.kind === "RESIDENT" ? "RESIDENT" : "EMPLOYEE";
      const counts = organizationId ? await new ChatRepository(db, organizationId).unreadCounts(ids, side) : new Map<string, number>();
      return ids.map((id) => counts.get(id) ?? 0);
    }, options),
    scheduledMessagesOfOrder: groupedBy(
      (ids: readonly string[]) => (organizationId ? new ChatRepository(db, organizationId).pendingScheduledOf(ids) : Promise.resolve([])),
      (row) => row.orderId,
      options,
    ),
    /** A page of calls reads the clients of all its numbers at once (`Call.clients`). */
    clientsOfNumber: groupedBy(
      (phones: readonly string[]) => (organizationId ? new CallsRepository(db, organizationId).clientsByPhones(phones) : Promise.resolve([])),
      (row) => row.client.phone,
      options,
    ),
    /** The orders of each call the viewer sees (staff only: a resident never reads calls). */
    ordersOfCall: new DataLoader<string, OrderRow[]>(async (callIds) => {
      const rows = organizationId && viewer.kind === "EMPLOYEE" ? await new CallsRepository(db, organizationId).ordersOfCalls(callIds, orderScope(viewer)) : [];
      return callIds.map((id) => rows.filter((r) => r.callId === id).map((r) => r.order));
    }, options),
    callsOfOrder: new DataLoader<string, CallRow[]>(async (orderIds) => {
      const rows = organizationId ? await new CallsRepository(db, organizationId).callsOfOrders(orderIds) : [];
      return orderIds.map((id) => rows.filter((r) => r.orderId === id).map((r) => r.call));
    }, options),
    incident: byId(db, organizationId, schema.incidents, options),
    responsiblesOfIncident: new DataLoader<string, EmployeeRow[]>(async (incidentIds) => {
      const rows = organizationId ? await new IncidentsRepository(db, organizationId).responsiblesOf(incidentIds) : [];
      return incidentIds.map((id) => rows.filter((r) => r.incidentId === id).map((r) => r.employee));
    }, options),
    scopeOfIncident: groupedBy(
      (ids: readonly string[]) => (organizationId ? new IncidentsRepository(db, organizationId).scopeOf(ids) : Promise.resolve([])),
      (row) => row.incidentId,
      options,
    ),
    /**
     * Attached orders per incident as a viewer's order scope admits them. The key carries the scope
     * (`incidentOrderCountKey`), so loaders shared by the subscribers of one event stay correct.
     */
    incidentOrderCounts: new DataLoader<string, { total: number; open: number }>(async (keys) => {
      const byScope = new Map<string, { scope: OrderScope; ids: string[] }>();
      for (const key of keys) {
        const [scopeJson, incidentId] = splitCountKey(key);
        const group = byScope.get(scopeJson) ?? { scope: JSON.parse(scopeJson) as OrderScope, ids: [] };
        group.ids.push(incidentId);
        byScope.set(scopeJson, group);
      }
      const found = new Map<string, { total: number; open: number }>();
      for (const [scopeJson, group] of byScope) {
        const rows = organizationId ? await new IncidentOrdersRepository(db, organizationId).counts(group.ids, group.scope) : [];
        for (const row of rows) found.set(`${scopeJson}|${row.incidentId}`, { total: row.total, open: row.open });
      }
      return keys.map((key) => found.get(key) ?? { total: 0, open: 0 });
    }, options),
    executorsOfOrder: new DataLoader<string, EmployeeRow[]>(async (orderIds) => {
      const rows = organizationId ? await new OrdersRepository(db, organizationId).executorsOf(orderIds) : [];
      return orderIds.map((id) => rows.filter((r) => r.orderId === id).map((r) => r.employee));
    }, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The key of `incidentOrderCounts`: the viewer's order scope and the incident. */
export function incidentOrderCountKey(scope: OrderScope, incidentId: string): string {
  return `${JSON.stringify(scope)}|${incidentId}`;
}

function splitCountKey(key: string): [string, string] {
  const at = key.lastIndexOf("|");
  return [key.slice(0, at), key.slice(at + 1)];
}
