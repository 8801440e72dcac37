import { Topic } from "../../pubsub.js";
import type { EmployeeViewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, ErrorCode } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import type { UnitOfWork } from "../../shared/unit-of-work.js";
import { CallsRepository, type CallRow } from "./calls.repository.js";

/**
 * What the orders module asks of calls inside its own transaction: an order created from the
 * screen-pop («Создать обращение» during a call) is linked to that call in the same transaction
 * (guide §21: «к нему автоматически привязывается эта заявка»). Only repositories.
 */
export class CallHooks {
  /** The call a new order comes from, locked; refused before anything is written. */
  async callOfNewOrder(uow: UnitOfWork, viewer: EmployeeViewer, callId: string, field: string): Promise<CallRow> {
    if (!viewer.permissions.has("CALLS_READ")) throw new AppError(ErrorCode.FORBIDDEN, "Нет доступа к звонкам", { field });
    const call = isUuid(callId) ? await uow.repo(CallsRepository).byId(callId, true) : undefined;
    if (!call) throw badInput("Звонок не найден", field, "CALL_NOT_FOUND");
    return call;
  }

  /** Links the new order to the call; its journal row and screen-pop hear it after commit. */
  async linkNewOrder(uow: UnitOfWork, call: CallRow, orderId: string, employeeId: string, now: Date): Promise<void> {
    await uow.repo(CallsRepository).link(call.id, orderId, employeeId, now);
    uow.publish(Topic.CALL_CHANGED, { callId: call.id, employeeId: call.employeeId });
  }
}
