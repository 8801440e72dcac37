import { clientScope, normalizePhone, orderScope } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { requireEmployee, requireIntegration } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { encodeCursor, instantCursor, pageSize, type Page } from "../../shared/pagination.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { optionalText, requiredText } from "../../shared/validate.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { ActivityRepository, type ActivityCursor, type ActivityRow, type OrdersOwner, type ActivityUpsert, type PremiseRow } from "./activity.repository.js";
import { PARTNER_ACTIVITY_KINDS, type PartnerClientActivityInput, type PartnerPremiseUpdateInput } from "./activity.type.js";

/** How many entries one partner call may carry. */
export const PARTNER_BATCH_MAX = 500;
/** Longest details text of one activity. */
export const ACTIVITY_DETAILS_MAX = 4_000;

const premiseNotFound = () => new AppError(ErrorCode.NOT_FOUND, "Помещение не найдено");

function cursorOf(after: string | null | undefined): ActivityCursor | null {
  return instantCursor.decode(after);
}

function page<T>(rows: T[], limit: number, key: (row: T) => [string, string], countTotal: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return { edges, nodes, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, countTotal };
}

/**
 * Client activity (§11): reading it (staff) and ingesting what partner systems send
 * (integration tokens only): activities idempotent by external id, premise balances and accounts.
 */
export class ActivityService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new ActivityRepository(this.deps.database.db, organizationId);
  }

  async activity(viewer: Viewer, clientId: string, args: { first?: number | null; after?: string | null; orderId?: string | null }): Promise<Page<ActivityRow>> {
    const v = requireEmployee(viewer);
    const repo = this.repo(v.organizationId);
    const limit = pageSize(args.first);
    const after = cursorOf(args.after);
    const visible = orderScope(v);
    let orderId: string | null = null;
    if (args.orderId != null) {
      const order = isUuid(args.orderId) ? await repo.visibleOrder(args.orderId, visible) : undefined;
      if (!order) throw notFound("Заявка");
      orderId = order.id;
    }
    const scope = { clientId, orderId, orders: visible, calls: v.permissions.has("CALLS_READ") };
    const rows = await repo.activity(scope, limit, after);
    return page(rows, limit, (row) => [row.cursorAt, row.id], () => repo.countActivity(scope));
  }

  /** The premise card's activity: orders raised at the premise and partner entries tied to it (§15). */
  async premiseActivity(viewer: Viewer, premiseId: string, args: { first?: number | null; after?: string | null }): Promise<Page<ActivityRow>> {
    const v = requireEmployee(viewer);
    const repo = this.repo(v.organizationId);
    const limit = pageSize(args.first);
    const scope = { premiseId, orders: orderScope(v), clients: clientScope(v) };
    const rows = await repo.premiseActivity(scope, limit, cursorOf(args.after));
    return page(rows, limit, (row) => [row.cursorAt, row.id], () => repo.countPremiseActivity(scope));
  }

  /** Orders of a client (their page) or of a premise (its card), newest first: those the viewer may see. */
  async ordersOf(viewer: Viewer, owner: OrdersOwner, args: { first?: number | null; after?: string | null }): Promise<Page<OrderRow>> {
    const v = requireEmployee(viewer);
    const repo = this.repo(v.organizationId);
    const limit = pageSize(args.first);
    const visible = orderScope(v);
    const rows = await repo.ordersOf(owner, visible, limit, cursorOf(args.after));
    const result = page(rows, limit, (row) => [row.cursorAt, row.order.id], () => repo.countOrdersOf(owner, visible));
    return { ...result, nodes: result.nodes.map((r) => r.order), edges: result.edges.map((e) => ({ cursor: e.cursor, node: e.node.order })) };
  }

  /** Upserts partner activities in one transaction: all or nothing, each idempotent by (source, externalId). */
  async partnerUpsert(viewer: Viewer, inputs: PartnerClientActivityInput[], field = "inputs") {
    const v = requireIntegration(viewer);
    if (inputs.length === 0) throw badInput("Нет записей", field);
    if (inputs.length > PARTNER_BATCH_MAX) throw badInput(`Не больше ${PARTNER_BATCH_MAX} записей за раз`, field, "BATCH_TOO_LARGE");
    const now = this.deps.clock.now();
    const at = (i: number, name: string) => (field === "input" ? `input.${name}` : `${field}.${i}.${name}`);

    const result = await unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(ActivityRepository);
      const defaultSource = (await repo.integrationName(v.integrationId)) ?? "partner";
      const prepared = inputs.map((input, i) => {
        const phone = input.clientPhone != null && input.clientPhone.trim() !== "" ? normalizePhone(input.clientPhone) : null;
        if (input.clientPhone != null && input.clientPhone.trim() !== "" && !phone) throw badInput("Некорректный номер телефона", at(i, "clientPhone"));
        if (input.clientId != null && !isUuid(input.clientId)) throw notFound("Клиент");
        const account = input.personalAccount?.trim() || null;
        if (!input.clientId && !phone && !account) throw badInput("Укажите клиента: clientId, clientPhone или personalAccount", at(i, "clientId"), "CLIENT_REQUIRED");
        if (!PARTNER_ACTIVITY_KINDS.includes(input.kind)) throw badInput("Неизвестный вид активности", at(i, "kind"));
        if (Number.isNaN(input.occurredAt.getTime())) throw badInput("Некорректная дата", at(i, "occurredAt"));
        if (input.orderNumber != null && (!Number.isInteger(input.orderNumber) || input.orderNumber < 1)) throw notFound("Заявка");
        return {
          externalId: requiredText(input.externalId, at(i, "externalId"), 200),
          source: input.source != null ? requiredText(input.source, at(i, "source"), 100) : defaultSource,
          kind: input.kind,
          occurredAt: input.occurredAt,
          clientId: input.clientId ?? null,
          phone,
          account,
          orderNumber: input.orderNumber ?? null,
          title: requiredText(input.title, at(i, "title"), 300),
          details: optionalText(input.details, at(i, "details"), ACTIVITY_DETAILS_MAX),
          amount: input.amount ?? null,
        };
      });
      const keys = new Set<string>();
      prepared.forEach((p, i) => {
        const key = `${p.source}\u0000${p.externalId}`;
        if (keys.has(key)) throw badInput("Повтор externalId в одном запросе", at(i, "externalId"), "DUPLICATE_EXTERNAL_ID");
        keys.add(key);
      });

      // Everything is resolved inside the token's organization: another organization's ids, phones,
      // accounts and numbers simply are not found.
      const [byId, byPhone, byAccount, byNumber] = await Promise.all([
        repo.clientsByIds([...new Set(prepared.flatMap((p) => (p.clientId ? [p.clientId] : [])))]),
        repo.clientsByPhones([...new Set(prepared.flatMap((p) => (p.phone ? [p.phone] : [])))]),
        repo.premisesByAccounts([...new Set(prepared.flatMap((p) => (p.account ? [p.account] : [])))]),
        repo.ordersByNumbers([...new Set(prepared.flatMap((p) => (p.orderNumber != null ? [p.orderNumber] : [])))]),
      ]);
      const clientIds = new Set(byId.map((c) => c.id));
      const phoneToClient = new Map(byPhone.map((c) => [c.phone, c.id]));
      const numberToOrder = new Map(byNumber.map((o) => [o.number, o]));

      const values: ActivityUpsert[] = prepared.map((p, i) => {
        let clientId: string | undefined;
        if (p.clientId) {
          if (!clientIds.has(p.clientId)) throw new AppError(ErrorCode.NOT_FOUND, "Клиент не найден", { field: at(i, "clientId") });
          clientId = p.clientId;
        } else if (p.phone) {
          clientId = phoneToClient.get(p.phone);
          if (!clientId) throw new AppError(ErrorCode.NOT_FOUND, "Клиент не найден", { field: at(i, "clientPhone") });
        }
        let premiseId: string | null = null;
        if (p.account) {
          const matches = byAccount.filter((premise) => premise.personalAccount === p.account);
          if (matches.length === 0) throw new AppError(ErrorCode.NOT_FOUND, "Помещение не найдено", { field: at(i, "personalAccount") });
          if (matches.length > 1) throw badInput("Лицевой счёт относится к нескольким помещениям", at(i, "personalAccount"), "AMBIGUOUS_ACCOUNT");
          premiseId = matches[0]!.id;
          if (!clientId) {
            clientId = matches[0]!.clientIds[0];
            if (!clientId) throw new AppError(ErrorCode.NOT_FOUND, "У помещения нет клиентов", { field: at(i, "personalAccount") });
          }
        }
        let orderId: string | null = null;
        if (p.orderNumber != null) {
          const order = numberToOrder.get(p.orderNumber);
          if (!order) throw new AppError(ErrorCode.NOT_FOUND, "Заявка не найдена", { field: at(i, "orderNumber") });
          if (order.clientId !== clientId) throw badInput("Заявка другого клиента", at(i, "orderNumber"), "ORDER_OF_ANOTHER_CLIENT");
          orderId = order.id;
        }
        return {
          organizationId: v.organizationId,
          clientId: clientId!,
          premiseId,
          orderId,
          kind: p.kind,
          occurredAt: p.occurredAt,
          title: p.title,
          details: p.details,
          amount: p.amount,
          source: p.source,
          externalId: p.externalId,
          integrationTokenId: v.integrationId,
          createdAt: now,
        };
      });
      const written = await repo.upsert(values);
      const rows = new Map((await repo.activitiesByIds(written.map((w) => w.id))).map((row) => [row.id, row]));
      for (const clientId of new Set(written.map((w) => w.clientId))) uow.publish(Topic.CLIENT_UPDATED, { clientId });
      return { written, rows };
    });

    // RETURNING keeps the order of the VALUES list, so results line up with the inputs.
    return result.written.map((w) => ({ created: w.created, activity: result.rows.get(w.id)! }));
  }

  /** Balances and personal accounts from billing; one transaction for the batch. */
  async partnerPremiseUpdate(viewer: Viewer, inputs: PartnerPremiseUpdateInput[], field = "inputs"): Promise<PremiseRow[]> {
    const v = requireIntegration(viewer);
    if (inputs.length === 0) throw badInput("Нет записей", field);
    if (inputs.length > PARTNER_BATCH_MAX) throw badInput(`Не больше ${PARTNER_BATCH_MAX} записей за раз`, field, "BATCH_TOO_LARGE");
    const at = (i: number, name: string) => (field === "input" ? `input.${name}` : `${field}.${i}.${name}`);
    const now = this.deps.clock.now();

    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(ActivityRepository);
      const accounts = inputs.flatMap((input) => (input.premiseId == null && input.personalAccount?.trim() ? [input.personalAccount.trim()] : []));
      const ids = inputs.flatMap((input) => (input.premiseId != null && isUuid(input.premiseId) ? [input.premiseId] : []));
      const [byAccount, byId] = await Promise.all([repo.premisesByAccounts([...new Set(accounts)]), repo.premisesByIds([...new Set(ids)])]);
      const updated: (PremiseRow & { clientIds: string[] })[] = [];
      for (const [i, input] of inputs.entries()) {
        let premiseId: string | undefined;
        if (input.premiseId != null) {
          premiseId = byId.find((p) => p.id === input.premiseId)?.id;
          if (!premiseId) throw premiseNotFound();
        } else if (input.personalAccount?.trim()) {
          const matches = byAccount.filter((p) => p.personalAccount === input.personalAccount!.trim());
          if (matches.length === 0) throw new AppError(ErrorCode.NOT_FOUND, "Помещение не найдено", { field: at(i, "personalAccount") });
          if (matches.length > 1) throw badInput("Лицевой счёт относится к нескольким помещениям", at(i, "personalAccount"), "AMBIGUOUS_ACCOUNT");
          premiseId = matches[0]!.id;
        } else {
          throw badInput("Укажите помещение: premiseId или personalAccount", at(i, "personalAccount"), "PREMISE_REQUIRED");
        }
        const values: { utilityBalance?: bigint; personalAccount?: string } = {};
        if (input.utilityBalance != null) values.utilityBalance = input.utilityBalance;
        if (input.newPersonalAccount != null) {
          const account = requiredText(input.newPersonalAccount, at(i, "newPersonalAccount"), 50);
          if (await repo.accountTaken(account, premiseId)) {
            throw conflict("Этот лицевой счёт уже у другого помещения", { field: at(i, "newPersonalAccount"), reason: "ACCOUNT_TAKEN" });
          }
          values.personalAccount = account;
        }
        if (Object.keys(values).length === 0) throw badInput("Нет изменений", at(i, "utilityBalance"));
        const row = await repo.updatePremise(premiseId, values, now);
        if (!row) throw premiseNotFound();
        updated.push(row);
      }
      for (const clientId of new Set(updated.flatMap((row) => row.clientIds))) uow.publish(Topic.CLIENT_UPDATED, { clientId });
      return updated;
    });
  }
}
