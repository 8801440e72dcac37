import {
  checkTransition,
  initialStatus,
  orderOpened,
  slaChecked,
  slaChecksDue,
  statusChanged,
  type OrderState,
  type OrderStatus,
  type SlaCheck,
  type SlaEvent,
  type Transition,
} from "@domovoy/domain";
import type { Outcome, Service } from "./model.js";

export type Event = {
  kind: string;
  actorKind: "EMPLOYEE" | "RESIDENT" | "SYSTEM";
  actorEmployeeId: string | null;
  data: Record<string, unknown>;
  createdAt: number;
};

export type Job = { key: SlaCheck; runAt: number; enqueuedAt: number };

/**
 * The API's writes for one order (order intake, the Management block, a resident's status change,
 * the SLA check job): the state changes, system events and SLA checks come from the domain's
 * transitions (`orderOpened`, `statusChanged`, `slaChecked`, `slaChecksDue`), as in the API.
 */
export class OrderLife {
  status: OrderStatus;
  statusComment: string | null = null;
  resumeBy: number | null = null;
  firstInProgressAt: number | null = null;
  doneAt: number | null = null;
  cancelledAt: number | null = null;
  reactionDueAt: number | null;
  executionDueAt: number | null = null;
  slaReaction: Outcome | null = null;
  slaExecution: Outcome | null = null;
  version = 1;
  updatedAt: number;
  executors: string[] = [];
  /** Each time the order reached DONE, until the next change of status (null: still done). */
  readonly completions: { at: number; until: number | null }[] = [];
  readonly events: Event[] = [];
  readonly jobs = new Map<string, Job>();

  constructor(
    private readonly service: Service,
    readonly createdAt: number,
    creator: { kind: "EMPLOYEE"; employeeId: string } | { kind: "RESIDENT" },
    private readonly allowedExecutors: Set<string>,
  ) {
    this.status = initialStatus(service);
    this.updatedAt = createdAt;
    this.reactionDueAt = null;
    const opened = orderOpened({ status: this.status, sla: this.settings(), now: new Date(createdAt) });
    const actor = creator.kind === "EMPLOYEE" ? employee(creator.employeeId) : { actorKind: "RESIDENT" as const, actorEmployeeId: null };
    this.events.push({ kind: "CREATED", ...actor, data: { version: 1, toStatus: this.status }, createdAt });
    this.apply(opened, createdAt, this.events);
    this.scheduleSla(opened.jobs, createdAt);
  }

  private settings() {
    return { reactionMinutes: this.service.reactionMinutes, executionMinutes: this.service.executionMinutes };
  }

  /** OrderEditingService.manage: one save of the card's Management block by an employee. */
  save(at: number, employeeId: string, change: { executors?: string[]; status?: OrderStatus; statusComment?: string | null; resumeBy?: number | null }): void {
    this.runJobs(at);
    const from = this.status;
    const version = this.version + 1;
    const actor = employee(employeeId);
    const events: Event[] = [];
    if (change.executors) {
      const ids = change.executors;
      if (ids.length === 0 || ids.length > this.service.maxExecutors || new Set(ids).size !== ids.length || ids.some((id) => !this.allowedExecutors.has(id))) {
        throw new Error(`seed: executors ${ids.join(", ")} not allowed for ${this.service.name}`);
      }
      if (ids.join() !== this.executors.join()) {
        this.executors = [...ids];
        events.push({ kind: "EXECUTORS_CHANGED", ...actor, data: { version, executorIds: ids }, createdAt: at });
      }
    }
    const statusComment = change.statusComment === undefined ? this.statusComment : change.statusComment?.trim() || null;
    const status = change.status ?? this.status;
    if (status !== this.status) {
      const refusal = checkTransition({
        actor: "STAFF",
        from: this.status,
        to: status,
        executorCount: this.executors.length,
        statusComment,
        resumeBy: change.resumeBy == null ? null : new Date(change.resumeBy),
        documentCount: 0,
        unfinishedChecklistItems: [],
        service: this.service,
        now: new Date(at),
      });
      if (refusal) throw new Error(`seed: ${this.service.name}: ${this.status} → ${status} refused (${refusal})`);
      events.push({ kind: "STATUS_CHANGED", ...actor, data: { version, fromStatus: this.status, toStatus: status, statusComment }, createdAt: at });
      this.statusEffects(status, change.resumeBy ?? null, at, events);
    } else if (status === "IN_PROGRESS" && this.executors.length === 0) {
      throw new Error(`seed: ${this.service.name}: an order in work needs an executor`);
    }
    if (statusComment !== this.statusComment) {
      this.statusComment = statusComment;
      if (status === from) {
        events.push({ kind: "STATUS_COMMENT_CHANGED", ...actor, data: { version, statusComment }, createdAt: at });
      }
    }
    if (events.length === 0) throw new Error(`seed: ${this.service.name}: a save that changes nothing`);
    this.commit(at, version, events);
  }

  /** OrderEditingService.residentChangeStatus: the resident cancels or reopens from the app. */
  resident(at: number, to: OrderStatus, comment: string | null): void {
    this.runJobs(at);
    const refusal = checkTransition({
      actor: "RESIDENT",
      from: this.status,
      to,
      executorCount: 0,
      statusComment: null,
      resumeBy: null,
      documentCount: 0,
      unfinishedChecklistItems: [],
      service: this.service,
      now: new Date(at),
    });
    if (refusal) throw new Error(`seed: resident ${this.status} → ${to} refused (${refusal})`);
    const version = this.version + 1;
    const events: Event[] = [
      { kind: "STATUS_CHANGED", actorKind: "RESIDENT", actorEmployeeId: null, data: { version, fromStatus: this.status, toStatus: to, residentComment: comment }, createdAt: at },
    ];
    this.statusEffects(to, null, at, events);
    this.commit(at, version, events);
  }

  private commit(at: number, version: number, events: Event[]): void {
    this.version = version;
    this.updatedAt = at;
    this.events.push(...events);
    this.scheduleSla(slaChecksDue(this.state()), at);
  }

  /** What the domain's transitions read. */
  private state(): OrderState {
    return {
      status: this.status,
      version: this.version,
      completions: this.completions.length,
      createdAt: new Date(this.createdAt),
      firstInProgressAt: date(this.firstInProgressAt),
      doneAt: date(this.doneAt),
      cancelledAt: date(this.cancelledAt),
      resumeBy: date(this.resumeBy),
      slaReactionMinutes: this.service.reactionMinutes,
      slaExecutionMinutes: this.service.executionMinutes,
      reactionDueAt: date(this.reactionDueAt),
      executionDueAt: date(this.executionDueAt),
      slaReaction: this.slaReaction,
      slaExecution: this.slaExecution,
    };
  }

  /** A transition's changes on this order and its system events into `events`. */
  private apply({ changes, events: systemEvents }: Pick<Transition, "changes" | "events">, at: number, events: Event[]): void {
    const ms = (value: Date | null) => value?.getTime() ?? null;
    if (changes.status !== undefined) this.status = changes.status;
    if (changes.resumeBy !== undefined) this.resumeBy = ms(changes.resumeBy);
    if (changes.firstInProgressAt !== undefined) this.firstInProgressAt = ms(changes.firstInProgressAt);
    if (changes.doneAt !== undefined) this.doneAt = ms(changes.doneAt);
    if (changes.cancelledAt !== undefined) this.cancelledAt = ms(changes.cancelledAt);
    if (changes.reactionDueAt !== undefined) this.reactionDueAt = ms(changes.reactionDueAt);
    if (changes.executionDueAt !== undefined) this.executionDueAt = ms(changes.executionDueAt);
    if (changes.slaReaction !== undefined) this.slaReaction = changes.slaReaction;
    if (changes.slaExecution !== undefined) this.slaExecution = changes.slaExecution;
    events.push(...systemEvents.map((event: SlaEvent) => ({ kind: event.kind, ...SYSTEM, data: { ...event.data }, createdAt: at })));
  }

  /** A status change: the domain's transition, plus the seed's own record of completions (for ratings). */
  private statusEffects(to: OrderStatus, resumeBy: number | null, at: number, events: Event[]): void {
    const transition = statusChanged(this.state(), to, { resumeBy: date(resumeBy), now: new Date(at) });
    const completion = this.completions.at(-1);
    if (completion && completion.until == null) completion.until = at;
    if (to === "DONE") this.completions.push({ at, until: null });
    this.apply(transition, at, events);
  }

  /** The API's SLA job scheduling: one job per check, a new one replacing the earlier one. */
  private scheduleSla(due: { check: SlaCheck; runAt: Date }[], at: number): void {
    for (const { check, runAt } of due) {
      const previous = this.jobs.get(check);
      this.jobs.set(check, { key: check, runAt: runAt.getTime(), enqueuedAt: previous?.enqueuedAt ?? at });
    }
  }

  /** Runs the SLA jobs due by `until`, in order (OrderSlaService.checkSla at the job's time). */
  runJobs(until: number): void {
    for (;;) {
      const next = [...this.jobs.values()].filter((job) => job.runAt <= until).sort((a, b) => a.runAt - b.runAt)[0];
      if (!next) return;
      this.jobs.delete(next.key);
      this.checkSla(next.runAt);
    }
  }

  /** The SLA check job at its time. Not an edit: the version stays. */
  private checkSla(at: number): void {
    this.apply(slaChecked(this.state(), new Date(at)), at, this.events);
  }
}

const SYSTEM = { actorKind: "SYSTEM" as const, actorEmployeeId: null };
const employee = (employeeId: string) => ({ actorKind: "EMPLOYEE" as const, actorEmployeeId: employeeId });
export const date = (ms: number | null) => (ms == null ? null : new Date(ms));
