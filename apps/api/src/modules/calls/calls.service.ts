import { callDurationOf, callFactsOf, callStatusOf, mergeCallEvent, normalizePhone, orderScope, type CallEventRefusal, type CallFacts } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { Topic, type TopicPayloads } from "../../pubsub.js";
import { requireIntegration, requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { instantCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { searchTerm } from "../../shared/search.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { optionalText, requiredText } from "../../shared/validate.js";
import { CallsRepository, type CallFilter, type CallRow } from "./calls.repository.js";
import type { CallEventInput, CallEventResult, CallsArgs } from "./calls.type.js";

/** How far ahead of our clock a provider's event time may be (clock skew), in milliseconds. */
export const CALL_EVENT_MAX_SKEW_MS = 5 * 60_000;
/** The longest call we accept a duration for (a day). */
export const CALL_DURATION_MAX = 86_400;

const REFUSAL_MESSAGES: Record<CallEventRefusal, string> = {
  CALL_ALREADY_ANSWERED: "Звонок уже принят в другое время",
  CALL_ALREADY_FINISHED: "Звонок уже завершён иначе",
  CALL_MISSED_BUT_ANSWERED: "Пропущенный звонок не может быть принят (и наоборот)",
  CALL_TIME_INVALID: "Время события противоречит другим событиям звонка",
};

function factsOf(row: CallRow): CallFacts {
  return {
    startedAt: row.startedAt,
    answeredAt: row.answeredAt,
    endedAt: row.endedAt,
    missedReported: row.missedReported,
    reportedDuration: row.reportedDuration,
  };
}

function columnsOf(facts: CallFacts) {
  return { ...facts, status: callStatusOf(facts), durationSeconds: callDurationOf(facts) };
}

/**
 * Calls from IP telephony (issue #12). Partner side: `callEvent` applies one event of one call
 * in one transaction, idempotent by (organization, source, externalCallId); the row converges
 * to the same facts whatever order and however often events arrive (domain calls/status.ts).
 */
export class CallsService {
  constructor(private readonly deps: AppDeps) {}

  async callEvent(viewer: Viewer, input: CallEventInput): Promise<CallEventResult> {
    const v = requireIntegration(viewer);
    const now = this.deps.clock.now();
    const externalCallId = requiredText(input.externalCallId, "input.externalCallId", 200);
    const callerNumber = requiredText(input.callerNumber, "input.callerNumber", 50);
    const calleeNumber = requiredText(input.calleeNumber, "input.calleeNumber", 50);
    const extension = optionalText(input.extension, "input.extension", 50);
    if (Number.isNaN(input.at.getTime())) throw badInput("Некорректная дата", "input.at");
    if (input.at.getTime() > now.getTime() + CALL_EVENT_MAX_SKEW_MS) throw badInput("Событие из будущего", "input.at", "EVENT_IN_FUTURE");
    const duration = input.durationSeconds ?? null;
    if (duration !== null) {
      if (input.kind !== "ENDED") throw badInput("Длительность передаётся только с ENDED", "input.durationSeconds", "DURATION_WITHOUT_END");
      if (!Number.isInteger(duration) || duration < 0 || duration > CALL_DURATION_MAX) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, `От 0 до ${CALL_DURATION_MAX} секунд`, { field: "input.durationSeconds", reason: "OUT_OF_RANGE" });
      }
    }
    if (input.employeeId != null && !isUuid(input.employeeId)) throw new AppError(ErrorCode.NOT_FOUND, "Сотрудник не найден", { field: "input.employeeId" });
    const event = { kind: input.kind, at: input.at, durationSeconds: duration };
    // The outside party: the caller of an incoming call, the callee of an outgoing one. A hidden or
    // internal number is kept as sent and matches nobody.
    const clientNumber = normalizePhone(input.direction === "INCOMING" ? callerNumber : calleeNumber);

    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(CallsRepository);
      const source = input.source != null ? requiredText(input.source, "input.source", 100) : ((await repo.integrationName(v.integrationId)) ?? "partner");
      if (input.employeeId != null && !(await repo.employeeExists(input.employeeId))) {
        throw new AppError(ErrorCode.NOT_FOUND, "Сотрудник не найден", { field: "input.employeeId" });
      }
      // Routing: the employee the PBX names, else the one whose extension it is; an unknown extension routes to nobody in particular.
      const employeeId = input.employeeId ?? (extension ? ((await repo.employeeByExtension(extension)) ?? null) : null);

      let created = false;
      let changed: boolean;
      let row = await repo.lockByExternalId(source, externalCallId);
      if (!row) {
        row = await repo.insertIfAbsent({
          source,
          externalCallId,
          integrationTokenId: v.integrationId,
          direction: input.direction,
          callerNumber,
          calleeNumber,
          clientNumber,
          extension,
          employeeId,
          ...columnsOf(callFactsOf(event)),
          createdAt: now,
          updatedAt: now,
        });
        created = row !== undefined;
        // Another event of the same call inserted it between our read and insert: merge into it.
        row ??= await repo.lockByExternalId(source, externalCallId);
      }
      if (!row) throw new Error("call row vanished inside its transaction");
      if (created) {
        changed = true;
      } else {
        if (row.direction !== input.direction) {
          throw conflict("Направление звонка не совпадает с прежними событиями", { field: "input.direction", reason: "CALL_DIRECTION_MISMATCH" });
        }
        const merged = mergeCallEvent(factsOf(row), event);
        if (!merged.ok) throw conflict(REFUSAL_MESSAGES[merged.refusal], { field: "input.kind", reason: merged.refusal });
        // The routing a later event knows fills what the first did not; the first known wins (transfers are not modelled).
        const fill = {
          extension: row.extension ?? extension,
          employeeId: row.employeeId ?? employeeId,
        };
        const routingChanged = fill.extension !== row.extension || fill.employeeId !== row.employeeId;
        changed = merged.changed || routingChanged;
        if (changed) row = await repo.update(row.id, { ...columnsOf(merged.facts), ...fill }, now);
      }
      const matchedClients = row.clientNumber ? await repo.countClientsByPhone(row.clientNumber) : 0;
      if (changed) uow.publish(Topic.CALL_CHANGED, { callId: row.id, employeeId: row.employeeId });
      return { callId: row.id, status: row.status, created, changed, matchedClients };
    });
  }

  // Staff: the journal, one call, links to orders, the screen-pop.

  private repo(organizationId: string) {
    return new CallsRepository(this.deps.database.db, organizationId);
  }

  async calls(viewer: Viewer, args: CallsArgs): Promise<Page<CallRow>> {
    const v = requirePermission(viewer, "CALLS_READ");
    const limit = pageSize(args.first);
    const after = instantCursor.decode(args.after);
    if (args.employeeId != null && !isUuid(args.employeeId)) throw badInput("Некорректный идентификатор", "employeeId", "INVALID_ID");
    const filter: CallFilter = {
      direction: args.direction ?? null,
      missed: args.missed ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      employeeId: args.employeeId ?? null,
      linked: args.linked ?? null,
      search: searchTerm(args.search),
    };
    const repo = this.repo(v.organizationId);
    const rows = await repo.list(filter, limit, after);
    return toPage(rows, limit, (row) => [row.startedAt.toISOString(), row.id], () => repo.count(filter));
  }

  async call(viewer: Viewer, id: string): Promise<CallRow> {
    const v = requirePermission(viewer, "CALLS_READ");
    const row = isUuid(id) ? await this.repo(v.organizationId).byId(id) : undefined;
    if (!row) throw notFound("Звонок");
    return row;
  }

  /** Links a call to an order the viewer sees; linking again changes nothing. */
  async link(viewer: Viewer, callId: string, orderId: string): Promise<CallRow> {
    return this.changeLink(viewer, callId, orderId, "LINK");
  }

  /** Unlinks; a pair that is not linked is NOT_FOUND (NOT_LINKED). */
  async unlink(viewer: Viewer, callId: string, orderId: string): Promise<CallRow> {
    return this.changeLink(viewer, callId, orderId, "UNLINK");
  }

  private async changeLink(viewer: Viewer, callId: string, orderId: string, action: "LINK" | "UNLINK"): Promise<CallRow> {
    const v = requirePermission(viewer, "CALLS_READ");
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(CallsRepository);
      const call = isUuid(callId) ? await repo.byId(callId) : undefined;
      if (!call) throw new AppError(ErrorCode.NOT_FOUND, "Звонок не найден", { field: "callId" });
      // Another organization's order, or one the viewer does not see, does not exist for them.
      const order = isUuid(orderId) ? await repo.visibleOrder(orderId, orderScope(v)) : undefined;
      if (!order) throw new AppError(ErrorCode.NOT_FOUND, "Заявка не найдена", { field: "orderId" });
      const changed = action === "LINK" ? await repo.link(call.id, order.id, v.employeeId, now) : await repo.unlink(call.id, order.id);
      if (action === "UNLINK" && !changed) throw new AppError(ErrorCode.NOT_FOUND, "Звонок не привязан к заявке", { field: "orderId", reason: "NOT_LINKED" });
      if (changed) {
        uow.orderChanged(order);
        uow.publish(Topic.CALL_CHANGED, { callId: call.id, employeeId: call.employeeId });
      }
      return call;
    });
  }
}

/**
 * Who hears a call's change (screen-pop): staff with CALLS_READ of the call's organization (the
 * channel), and of them only the employee it is routed to; every one of them when it is routed to
 * nobody. Residents and integrations never.
 */
export function callRoutedTo(viewer: Viewer, payload: TopicPayloads["CALL_CHANGED"]): boolean {
  if (viewer.kind !== "EMPLOYEE" || !viewer.permissions.has("CALLS_READ")) return false;
  return payload.employeeId === null || payload.employeeId === viewer.employeeId;
}
