import { CHECKLIST_TICK_MESSAGES, checkChecklistTick } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requireEmployee } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, conflict, ErrorCode, forbidden, notFound } from "../../shared/errors.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { optionalText } from "../../shared/validate.js";
import { documentLimitError, MAX_ORDER_DOCUMENTS } from "../documents/documents.service.js";
import { DocumentsRepository } from "../documents/documents.repository.js";
import type { FilesService } from "../files/files.service.js";
import { OrderRefsRepository } from "../orders/order-refs.repository.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import type { OrderChecklistItemSetInput } from "./checklist.type.js";
import { ChecklistsRepository } from "./checklists.repository.js";

/**
 * Checklists of orders: the executors of an order and staff with ORDERS_MANAGE tick and untick its
 * items (with the note and photo an item asks for); every employee who may see the order reads it.
 * A tick is not an edit of the order: its revision moves (live `orderUpdated`), its version stays,
 * so an open status editor does not turn stale. Residents never see checklists.
 */
export class ChecklistsService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly files: FilesService,
  ) {}

  async setItem(viewer: Viewer, input: OrderChecklistItemSetInput): Promise<OrderRow> {
    const v = requireEmployee(viewer);
    const now = this.deps.clock.now();
    const note = input.note == null ? undefined : optionalText(input.note, "input.note", 2000);
    const found = await new ChecklistsRepository(this.deps.database.db, v.organizationId).byId(input.id);
    if (!found) throw notFound("Пункт чек-листа");
    await this.orders.get(v, found.orderId);
    try {
      return await unitOfWork(this.deps, v.organizationId, async (uow) => {
        const ordersRepo = uow.repo(OrdersRepository);
        // The order's row lock orders ticks against its status change (DONE reads the checklist under it).
        const order = await ordersRepo.byId(found.orderId, true);
        if (!order) throw notFound("Заявка");
        const isExecutor = (await ordersRepo.executorIds(order.id)).includes(v.employeeId);
        if (!isExecutor && !v.permissions.has("ORDERS_MANAGE")) throw forbidden("Отмечать чек-лист могут исполнители заявки и диспетчеры");
        const repo = uow.repo(ChecklistsRepository);
        const item = (await repo.byId(found.id))!;
        if (item.version !== input.version) {
          const who = item.doneByEmployeeId ? await uow.repo(OrderRefsRepository).employeeNames([item.doneByEmployeeId]) : [];
          throw conflict(`Пункт «${item.title}» уже изменили${who.length && item.done ? ` (${who.join(", ")})` : ""}. Обновите чек-лист.`, {
            reason: "STALE_VERSION",
            currentVersion: item.version,
            done: item.done,
          });
        }
        const nextNote = note === undefined ? item.note : note;
        const hasPhoto = Boolean(input.photoFileId) || item.documentId != null;
        const refusal = checkChecklistTick({
          orderStatus: order.status,
          item: { ...item, hasPhoto: item.documentId != null },
          done: input.done,
          note: nextNote,
          hasPhoto,
        });
        if (refusal) throw new AppError(ErrorCode.BAD_USER_INPUT, CHECKLIST_TICK_MESSAGES[refusal], { field: refusal === "NOTE_REQUIRED" ? "input.note" : "input.photoFileId", reason: refusal });

        let documentId = item.documentId;
        if (input.photoFileId) {
          const documents = uow.repo(DocumentsRepository);
          if ((await documents.count(order.id)) >= MAX_ORDER_DOCUMENTS) throw documentLimitError();
          const file = await this.files.claim(uow.tx, v, input.photoFileId, { purpose: "ORDER_DOCUMENT", orderId: order.id });
          const document = await documents.insert({ orderId: order.id, fileId: file.id, uploadedByEmployeeId: v.employeeId, createdAt: now });
          documentId = document.id;
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
        }
        const doneChanged = input.done !== item.done;
        const changed = doneChanged || nextNote !== item.note || documentId !== item.documentId;
        if (!changed) return order;
        const updated = await repo.update(item.id, {
          done: input.done,
          doneAt: input.done ? (item.done ? item.doneAt : now) : null,
          doneByEmployeeId: input.done ? (item.done ? item.doneByEmployeeId : v.employeeId) : null,
          note: nextNote,
          documentId,
          updatedAt: now,
        });
        if (doneChanged || updated.done) {
          await ordersRepo.insertEvents([
            {
              orderId: order.id,
              kind: updated.done ? "CHECKLIST_ITEM_DONE" : "CHECKLIST_ITEM_UNDONE",
              actorKind: "EMPLOYEE",
              actorEmployeeId: v.employeeId,
              data: { version: order.version, itemId: item.id, title: item.title, note: updated.note, documentId: updated.documentId },
              createdAt: now,
            },
          ]);
        }
        const recorded = (await ordersRepo.record(order.id, { updatedAt: now }))!;
        uow.orderChanged(recorded);
        return recorded;
      });
    } catch (error) {
      // A refused tick keeps nothing: the viewer's unused photo upload goes (bytes and row).
      if (error instanceof AppError && input.photoFileId) await this.files.discard(input.photoFileId, v).catch(() => undefined);
      throw error;
    }
  }
}
