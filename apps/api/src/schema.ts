import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type NonEmptyArray } from "type-graphql";
import type { Context } from "./context.js";
import { ClientActivityFieldResolver, PartnerResolver, PremiseActivityFieldResolver } from "./modules/activity/activity.resolver.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { CallSettingsResolver, CallsResolver, ClientActivityCallResolver, OrderCallsFieldResolver, PartnerCallsResolver } from "./modules/calls/calls.resolver.js";
import { IntegrationsResolver } from "./modules/integrations/integrations.resolver.js";
import {
  ChatMessageFieldResolver,
  ChatMessageResolver,
  OrderChatFieldResolver,
  ResidentChatMessageFieldResolver,
  ResidentChatMessageResolver,
  ReplyTemplateResolver,
  ResidentOrderChatFieldResolver,
  ScheduledMessageResolver,
  ScheduledMessagesFieldResolver,
} from "./modules/chat/chat.resolver.js";
import { ClientsResolver, ResidentClientResolver } from "./modules/clients/clients.resolver.js";
import { ChecklistsResolver, OrderChecklistFieldResolver } from "./modules/checklists/checklists.resolver.js";
import { InvoicesResolver, OrderInvoiceFieldResolver, ResidentInvoiceResolver, ResidentOrderInvoiceFieldResolver } from "./modules/invoices/invoices.resolver.js";
import {
  InvoicePaymentsFieldResolver,
  OrderRefundSummaryFieldResolver,
  PaymentsResolver,
  ResidentInvoicePaymentsFieldResolver,
  ResidentInvoiceLineRefundableResolver,
} from "./modules/payments/payments.resolver.js";
import { DocumentsResolver, OrderDocumentsFieldResolver } from "./modules/documents/documents.resolver.js";
import { StoredFileResolver } from "./modules/files/files.resolver.js";
import { NotificationsResolver } from "./modules/notifications/notifications.resolver.js";
import { CommentsResolver, OrderCommentsFieldResolver } from "./modules/orders/comments.resolver.js";
import { OrdersResolver } from "./modules/orders/orders.resolver.js";
import { ResidentOrdersResolver } from "./modules/orders/resident-orders.resolver.js";
import { IncidentsResolver, OrderEventIncidentFieldResolver, OrderIncidentFieldResolver } from "./modules/incidents/incidents.resolver.js";
import {
  BuildingResolver,
  ObjectGroupResolver,
  OrganizationResolver,
  PremiseResolver,
  QuarterResolver,
  ResidentPremiseResolver,
} from "./modules/organization/organization.resolver.js";
import { ObjectsResolver } from "./modules/organization/objects.resolver.js";
import { DirectoryResolver } from "./modules/organization/directory.resolver.js";
import { OrderRatingFieldResolver, RatingsResolver, ResidentOrderRatingFieldResolver } from "./modules/ratings/ratings.resolver.js";
import { ReportsResolver } from "./modules/reports/reports.resolver.js";
import { PushResolver } from "./modules/push/push.resolver.js";
import { DashboardResolver, DashboardWorkloadResolver } from "./modules/dashboard/dashboard.resolver.js";
import { PriceListItemResolver, CatalogResolver, ResidentCatalogResolver } from "./modules/catalog/catalog.resolver.js";
import { AccessResolver, DepartmentResolver, EmployeeResolver, RoleResolver } from "./modules/staff/staff.resolver.js";
import type { PubSub } from "./pubsub.js";
import { requireAccess, type Access } from "./shared/auth/policy.js";
import { directResolvers } from "./shared/direct-resolvers.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  DirectoryResolver,
  ClientsResolver,
  ResidentClientResolver,
  ClientActivityFieldResolver,
  PremiseActivityFieldResolver,
  PartnerResolver,
  PartnerCallsResolver,
  CallsResolver,
  CallSettingsResolver,
  ClientActivityCallResolver,
  OrderCallsFieldResolver,
  IntegrationsResolver,
  OrganizationResolver,
  BuildingResolver,
  PremiseResolver,
  ResidentPremiseResolver,
  QuarterResolver,
  ObjectGroupResolver,
  ObjectsResolver,
  EmployeeResolver,
  DepartmentResolver,
  RoleResolver,
  AccessResolver,
  CatalogResolver,
  ResidentCatalogResolver,
  PriceListItemResolver,
  OrdersResolver,
  ResidentOrdersResolver,
  CommentsResolver,
  OrderCommentsFieldResolver,
  IncidentsResolver,
  OrderIncidentFieldResolver,
  OrderEventIncidentFieldResolver,
  StoredFileResolver,
  DocumentsResolver,
  OrderDocumentsFieldResolver,
  ChecklistsResolver,
  OrderChecklistFieldResolver,
  InvoicesResolver,
  OrderInvoiceFieldResolver,
  ResidentInvoiceResolver,
  ResidentOrderInvoiceFieldResolver,
  PaymentsResolver,
  InvoicePaymentsFieldResolver,
  OrderRefundSummaryFieldResolver,
  ResidentInvoicePaymentsFieldResolver,
  ResidentInvoiceLineRefundableResolver,
  PushResolver,
  ChatMessageResolver,
  ChatMessageFieldResolver,
  ResidentChatMessageResolver,
  ResidentChatMessageFieldResolver,
  OrderChatFieldResolver,
  ResidentOrderChatFieldResolver,
  ScheduledMessagesFieldResolver,
  ScheduledMessageResolver,
  ReplyTemplateResolver,
  NotificationsResolver,
  RatingsResolver,
  OrderRatingFieldResolver,
  ResidentOrderRatingFieldResolver,
  ReportsResolver,
  DashboardResolver,
  DashboardWorkloadResolver,
];

/** `@Authorized(...rules)` defers to the policy; it throws the typed error itself. */
const authChecker: AuthChecker<Context, Access> = ({ context }, rules) => {
  requireAccess(context.viewer, rules);
  return true;
};

export async function buildAppSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, authChecker, pubSub, validate: false });
  // TypeGraphQL's per-call pipeline off the fields where it does nothing (no auth, no middleware).
  directResolvers(schema, resolvers);
  return schema;
}
