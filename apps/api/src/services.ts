import type { AppDeps } from "./deps.js";
import { createLoaders } from "./loaders.js";
import { ActivityService } from "./modules/activity/activity.service.js";
import { AuthService } from "./modules/auth/auth.service.js";
import { CallHooks } from "./modules/calls/call-hooks.js";
import { CallRecordingsService } from "./modules/calls/call-recordings.service.js";
import { CallsService } from "./modules/calls/calls.service.js";
import { ChatService } from "./modules/chat/chat.service.js";
import { ReplyTemplatesService } from "./modules/chat/reply-templates.service.js";
import { ClientsService } from "./modules/clients/clients.service.js";
import { IntegrationsService } from "./modules/integrations/integrations.service.js";
import { ChecklistsService } from "./modules/checklists/checklists.service.js";
import { InvoicesService } from "./modules/invoices/invoices.service.js";
import { InvoiceDocumentsService } from "./modules/payments/documents/invoice-documents.service.js";
import { PaymentsService } from "./modules/payments/payments.service.js";
import { RefundsService } from "./modules/payments/refunds.service.js";
import { DocumentsService } from "./modules/documents/documents.service.js";
import { FilesService } from "./modules/files/files.service.js";
import { NotificationsService } from "./modules/notifications/notifications.service.js";
import { PushService } from "./modules/push/push.service.js";
import { IncidentEditingService } from "./modules/incidents/incident-editing.service.js";
import { IncidentHooks } from "./modules/incidents/incident-hooks.js";
import { IncidentsService } from "./modules/incidents/incidents.service.js";
import { CommentsService } from "./modules/orders/comments.service.js";
import { OrderEditingService } from "./modules/orders/order-editing.service.js";
import { OrderIntakeService } from "./modules/orders/order-intake.service.js";
import { OrderPreferencesService } from "./modules/orders/order-preferences.service.js";
import { OrderSlaService } from "./modules/orders/order-sla.service.js";
import { LiveCounts } from "./modules/orders/live-counts.js";
import { OrdersService } from "./modules/orders/orders.service.js";
import { OrganizationService } from "./modules/organization/organization.service.js";
import { ObjectsService } from "./modules/organization/objects.service.js";
import { PremiseImportService } from "./modules/organization/premise-import.service.js";
import { RatingsService } from "./modules/ratings/ratings.service.js";
import { ReportsService } from "./modules/reports/reports.service.js";
import { DashboardService } from "./modules/dashboard/dashboard.service.js";
import { CatalogService } from "./modules/catalog/catalog.service.js";
import { StaffService } from "./modules/staff/staff.service.js";
import { ReceiptsService } from "./modules/idempotency/idempotency.js";
import type { Viewer } from "./shared/auth/viewer.js";
import type { LoaderOptions } from "./shared/dataloader.js";

/** The use cases of one API instance; resolvers reach them through the context. */
export function createServices(deps: AppDeps) {
  const notifications = new NotificationsService(deps);
  const orders = new OrdersService(deps);
  const orderSla = new OrderSlaService(deps);
  const files = new FilesService(deps, orders);
  const incidentHooks = new IncidentHooks();
  const callHooks = new CallHooks();
  const invoices = new InvoicesService(deps, orders, notifications);
  const payments = new PaymentsService(deps, orders, invoices, notifications);
  const auth = new AuthService(deps);
  return {
    config: deps.config,
    loadersFor: (viewer: Viewer, options?: LoaderOptions) => createLoaders(deps.database.db, viewer, options),
    auth,
    clients: new ClientsService(deps),
    activity: new ActivityService(deps),
    /** Calls from IP telephony: partner events, the journal. */
    calls: new CallsService(deps),
    /** Recordings of calls: partner upload or bounded fetch, retention. */
    callRecordings: new CallRecordingsService(deps, files),
    integrations: new IntegrationsService(deps),
    organization: new OrganizationService(deps),
    /** Changes of buildings, premises, quarters, object groups and legal entities. */
    objects: new ObjectsService(deps),
    /** Premises import from CSV/XLSX (preview, apply) and export. */
    premiseImport: new PremiseImportService(deps, files),
    staff: new StaffService(deps, auth.sessions),
    /** The catalog of services (услуги) and their price lists. */
    catalog: new CatalogService(deps),
    /** Reading orders and who may see them. */
    orders,
    orderIntake: new OrderIntakeService(deps, notifications, orderSla, incidentHooks, callHooks),
    orderEditing: new OrderEditingService(deps, orders, notifications, orderSla, incidentHooks),
    /** Incidents (mass problems): reading; changing them, with the cascade onto attached orders. */
    incidents: new IncidentsService(deps),
    incidentEditing: new IncidentEditingService(deps, orders, notifications, orderSla),
    orderSla,
    orderPreferences: new OrderPreferencesService(deps),
    /** Live counters shared by all subscribers of one organization and scope. */
    liveCounts: new LiveCounts(deps),
    comments: new CommentsService(deps, orders, notifications),
    /** The staff notification centre and the residents' outbox; its hooks run inside other modules' transactions. */
    notifications,
    /** Web Push: devices' subscriptions, fan-out of the outbox, sending. */
    push: new PushService(deps),
    /** Stored files: uploads, downloads, claims by mutations, the sweep of unused uploads. */
    files,
    /** Documents of an order (§18). */
    documents: new DocumentsService(deps, orders, files),
    /** Checklists of orders: ticks, notes and photos. */
    checklists: new ChecklistsService(deps, orders, files),
    /** Счёт на оплату of an order (§22–§23); the payment part calls `paidOnline` in its own transaction. */
    invoices,
    /** Online payment of invoices: the acquirer, its hosted page and notifications (§22). */
    payments,
    /** Возвраты (§24): staff refunds, residents' requests, the acquirer's side. */
    refunds: new RefundsService(deps, orders, payments, notifications),
    /** «Скачать документы»: the contract and the act (.docx). */
    invoiceDocuments: new InvoiceDocumentsService(deps, orders, files),
    /** «Переписка с клиентом»: messages, read state, scheduled messages. */
    chat: new ChatService(deps, orders, files, notifications),
    replyTemplates: new ReplyTemplatesService(deps, orders),
    ratings: new RatingsService(deps),
    dashboard: new DashboardService(deps),
    /** Excel reports of the orders list (§7), generated by a job. */
    reports: new ReportsService(deps, orders, files),
    /** The sweep of idempotency receipts (modules/idempotency). */
    receipts: new ReceiptsService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
