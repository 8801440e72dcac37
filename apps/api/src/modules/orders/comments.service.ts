import type { AppDeps } from "../../deps.js";
import { Topic, type TopicPayloads } from "../../pubsub.js";
import { requireEmployee } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { notFound } from "../../shared/errors.js";
import { filtered } from "../../shared/filtered.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { idempotencyKeyOf, once } from "../idempotency/idempotency.js";
import { requiredText } from "../../shared/validate.js";
import type { OrderCommentCreateInput } from "./comment.type.js";
import { CommentsRepository, type OrderCommentRow } from "./comments.repository.js";
import { OrdersRepository } from "./orders.repository.js";
import type { OrdersService } from "./orders.service.js";
import type { NotificationsService } from "../notifications/notifications.service.js";

/** Comments for colleagues (§20): any employee who may see the order reads and writes them. */
export class CommentsService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(viewer: Viewer, input: OrderCommentCreateInput): Promise<OrderCommentRow> {
    const v = requireEmployee(viewer);
    const text = requiredText(input.text, "input.text", 5000);
    const key = idempotencyKeyOf(input.idempotencyKey, "input.idempotencyKey");
    const order = await this.orders.get(v, input.orderId);
    const now = this.deps.clock.now();
    const request = { key, mutation: "orderCommentCreate", input: { orderId: input.orderId, text: input.text, important: input.important }, actor: { kind: "EMPLOYEE" as const, id: v.employeeId }, now };
    return unitOfWork(this.deps, v.organizationId, (uow) =>
      once(
        uow,
        request,
        async () => {
          const row = await uow.repo(CommentsRepository).insert({ orderId: order.id, authorEmployeeId: v.employeeId, text, important: Boolean(input.important), createdAt: now });
          // An important comment flags the order until an employee opens it.
          if (row.important) {
            await uow.repo(OrdersRepository).record(order.id, { importantCommentUnseen: true });
            await this.notifications.importantCommentAdded(uow.tx, { organizationId: v.organizationId, orderId: order.id, commentId: row.id, authorEmployeeId: v.employeeId, text });
          }
          uow.publish(Topic.ORDER_COMMENT_ADDED, { orderId: order.id, commentId: row.id });
          if (row.important) uow.orderChanged(order);
          return row;
        },
        async (id) => {
          const row = await uow.repo(CommentsRepository).byId(id);
          if (!row) throw notFound("Комментарий");
          return row;
        },
      ),
    );
  }

  /** A comment for a subscriber, if they may see its order. */
  /** Comments added to one order (orderCommentAdded): NOT_FOUND at once for an order the viewer cannot see. */
  async added(viewer: Viewer, orderId: string): Promise<AsyncIterableIterator<TopicPayloads["ORDER_COMMENT_ADDED"]>> {
    const v = requireEmployee(viewer);
    const order = await this.orders.get(v, orderId);
    const events = this.deps.pubsub.subscribe(Topic.ORDER_COMMENT_ADDED, v.organizationId) as AsyncIterable<TopicPayloads["ORDER_COMMENT_ADDED"]>;
    return filtered(events, async (event) => event.orderId === order.id);
  }

  async get(viewer: Viewer, id: string): Promise<OrderCommentRow> {
    const v = requireEmployee(viewer);
    const comment = await new CommentsRepository(this.deps.database.db, v.organizationId).byId(id);
    if (!comment) throw notFound("Комментарий");
    await this.orders.get(v, comment.orderId);
    return comment;
  }
}
