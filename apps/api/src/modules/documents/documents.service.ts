import type { AppDeps } from "../../deps.js";
import { requireEmployee } from "../../shared/auth/policy.js";
import type { EmployeeViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, notFound } from "../../shared/errors.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { idempotencyKeyOf, once } from "../idempotency/idempotency.js";
import type { FilesService } from "../files/files.service.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import { DocumentsRepository, type OrderDocumentRow } from "./documents.repository.js";

/** At most this many documents per order (§18). */
export const MAX_ORDER_DOCUMENTS = 15;

export const documentLimitError = () =>
  conflict(`К заявке можно приложить не больше ${MAX_ORDER_DOCUMENTS} документов. Удалите ненужный, чтобы добавить новый.`, { reason: "DOCUMENT_LIMIT", limit: MAX_ORDER_DOCUMENTS });

/**
 * Documents of an order (§18): staff-only files, up to 15 per order; any employee who may see the
 * order adds, downloads and deletes them. The bytes come through `POST /files` (purpose
 * ORDER_DOCUMENT); `orderDocumentAdd` then claims the upload.
 */
export class DocumentsService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly files: FilesService,
  ) {
    // Refused before any byte is stored: a full order takes no more uploads.
    files.guardUploads("ORDER_DOCUMENT", async (_viewer, order) => {
      if ((await new DocumentsRepository(deps.database.db, order.organizationId).count(order.id)) >= MAX_ORDER_DOCUMENTS) throw documentLimitError();
    });
  }

  async add(viewer: Viewer, orderId: string, fileId: string, idempotencyKey?: string | null): Promise<OrderDocumentRow> {
    const v = requireEmployee(viewer);
    const key = idempotencyKeyOf(idempotencyKey, "idempotencyKey");
    const now = this.deps.clock.now();
    const request = { key, mutation: "orderDocumentAdd", input: { orderId, fileId }, actor: { kind: "EMPLOYEE" as const, id: v.employeeId }, now };
    try {
      await this.orders.get(v, orderId);
      return await unitOfWork(this.deps, v.organizationId, (uow) =>
        once(uow, request, () => this.addInTransaction(uow, v, orderId, fileId, now), async (id) => {
          const document = await uow.repo(DocumentsRepository).byId(id);
          if (!document) throw notFound("Документ");
          return document;
        }),
      );
    } catch (error) {
      // A refused add keeps nothing: the viewer's unused upload goes (bytes and row).
      if (error instanceof AppError) await this.files.discard(fileId, v).catch(() => undefined);
      throw error;
    }
  }

  private async addInTransaction(uow: UnitOfWork, v: EmployeeViewer, orderId: string, fileId: string, now: Date): Promise<OrderDocumentRow> {
    const ordersRepo = uow.repo(OrdersRepository);
    // The order's row lock serializes adds and deletes, so two concurrent adds cannot make 16.
    const order = await ordersRepo.byId(orderId, true);
    if (!order) throw notFound("Заявка");
    const repo = uow.repo(DocumentsRepository);
    if ((await repo.count(order.id)) >= MAX_ORDER_DOCUMENTS) throw documentLimitError();
    const file = await this.files.claim(uow.tx, v, fileId, { purpose: "ORDER_DOCUMENT", orderId: order.id });
    const document = await repo.insert({ orderId: order.id, fileId: file.id, uploadedByEmployeeId: v.employeeId, createdAt: now });
    await ordersRepo.insertEvents([
      {
        orderId: order.id,
        kind: "DOCUMENT_ADDED",
        actorKind: "EMPLOYEE",
        actorEmployeeId: v.employeeId,
        data: { version: order.version, documentId: document.id, fileId: file.id, fileName: file.fileName },
        createdAt: now,
      },
    ]);
    uow.orderChanged((await ordersRepo.record(order.id, { updatedAt: now }))!);
    return document;
  }

  async delete(viewer: Viewer, id: string): Promise<OrderRow> {
    const v = requireEmployee(viewer);
    const now = this.deps.clock.now();
    const existing = await new DocumentsRepository(this.deps.database.db, v.organizationId).byId(id);
    if (!existing) throw notFound("Документ");
    await this.orders.get(v, existing.orderId);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const ordersRepo = uow.repo(OrdersRepository);
      const current = await ordersRepo.byId(existing.orderId, true);
      if (!current) throw notFound("Документ");
      const repo = uow.repo(DocumentsRepository);
      const document = await repo.byId(id);
      if (!document) throw notFound("Документ");
      if (current.status === "DONE" && (await repo.count(current.id)) === 1 && (await repo.documentRequiredToClose(current.serviceId))) {
        throw badInput("Заявка закрыта, а по этой услуге документ обязателен: сначала приложите другой документ", "id", "DOCUMENT_REQUIRED");
      }
      const fileName = await repo.fileName(document.fileId);
      await repo.delete(document.id);
      await this.files.remove(uow.tx, document.fileId, v.organizationId);
      await ordersRepo.insertEvents([
        {
          orderId: current.id,
          kind: "DOCUMENT_DELETED",
          actorKind: "EMPLOYEE",
          actorEmployeeId: v.employeeId,
          data: { version: current.version, documentId: document.id, fileName },
          createdAt: now,
        },
      ]);
      const order = (await ordersRepo.record(current.id, { updatedAt: now }))!;
      uow.orderChanged(order);
      return order;
    });
  }
}
