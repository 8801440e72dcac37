import { callDurationOf, callFactsOf, callStatusOf, mergeCallEvent, normalizePhone, type CallEventRefusal, type CallFacts } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { requireIntegration } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { optionalText, requiredText } from "../../shared/validate.js";
import { CallsRepository, type CallRow } from "./calls.repository.js";
import type { CallEventInput, CallEventResult } from "./calls.type.js";

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
      const employeeId = input.employeeId ?? null;
      if (employeeId !== null && !(await repo.employeeExists(employeeId))) {
        throw new AppError(ErrorCode.NOT_FOUND, "Сотрудник не найден", { field: "input.employeeId" });
      }

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
      if (changed) uow.publish(Topic.CALL_CHANGED, { callId: row.id });
      return { callId: row.id, status: row.status, created, changed, matchedClients };
    });
  }
}
