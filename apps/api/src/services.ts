import type { AppDeps } from "./context.js";
import { createLoaders } from "./loaders.js";
import { ActivityService } from "./modules/activity/activity.service.js";
import { AuthService } from "./modules/auth/auth.service.js";
import { ChatService } from "./modules/chat/chat.service.js";
import { ReplyTemplatesService } from "./modules/chat/reply-templates.service.js";
import { ClientsService } from "./modules/clients/clients.service.js";
import { IntegrationsService } from "./modules/integrations/integrations.service.js";
import { DocumentsService } from "./modules/documents/documents.service.js";
import { FilesService } from "./modules/files/files.service.js";
import { NotificationsService } from "./modules/notifications/notifications.service.js";
import { CommentsService } from "./modules/orders/comments.service.js";
import { OrdersService } from "./modules/orders/orders.service.js";
import { OrganizationService } from "./modules/organization/organization.service.js";
import { RatingsService } from "./modules/ratings/ratings.service.js";
import { DashboardService } from "./modules/dashboard/dashboard.service.js";
import { ServicesService } from "./modules/services/services.service.js";
import { StaffService } from "./modules/staff/staff.service.js";
import type { Viewer } from "./shared/auth/viewer.js";
import type { LoaderOptions } from "./shared/dataloader.js";

/** The use cases of one API instance; resolvers reach them through the context. */
export function createServices(deps: AppDeps) {
  const notifications = new NotificationsService(deps);
  const orders = new OrdersService(deps, notifications);
  const files = new FilesService(deps, orders);
  return {
    config: deps.config,
    loadersFor: (viewer: Viewer, options?: LoaderOptions) => createLoaders(deps.database.db, viewer, options),
    auth: new AuthService(deps),
    clients: new ClientsService(deps),
    activity: new ActivityService(deps),
    integrations: new IntegrationsService(deps),
    organization: new OrganizationService(deps),
    staff: new StaffService(deps),
    /** Services (услуги) of the organization; named so it does not read as the container itself. */
    serviceCatalog: new ServicesService(deps),
    orders,
    comments: new CommentsService(deps, orders, notifications),
    /** The staff notification centre and the residents' outbox; its hooks run inside other modules' transactions. */
    notifications,
    /** Stored files: uploads, downloads, claims by mutations, the sweep of unused uploads. */
    files,
    /** Documents of an order (§18). */
    documents: new DocumentsService(deps, orders, files),
    /** «Переписка с клиентом»: messages, read state, scheduled messages. */
    chat: new ChatService(deps, orders, files, notifications),
    replyTemplates: new ReplyTemplatesService(deps, orders),
    ratings: new RatingsService(deps),
    dashboard: new DashboardService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
