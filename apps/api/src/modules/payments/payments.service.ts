import { formatRubles, paymentNotificationEffect, type PaymentStatus } from "@domovoy/domain";
import { randomUUID } from "node:crypto";
import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, notFound } from "../../shared/errors.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { InvoicesRepository } from "../invoices/invoices.repository.js";
import type { InvoicesService } from "../invoices/invoices.service.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import { PaymentsRepository, type PaymentRow } from "./payments.repository.js";
import { BuiltinAcquirer } from "./providers/builtin.js";
import { NotificationRefused, withDeadline, type PaymentProvider, type ProviderNotification } from "./providers/provider.js";

/** Longest idempotency key a client may send. */
export const MAX_IDEMPOTENCY_KEY = 100;
/** Longest return path. */
export const MAX_RETURN_PATH = 500;

/** What became of a notification: the HTTP status the acquirer gets and the journal's outcome. */
export type NotificationOutcome = { status: number; outcome: string };

const unavailable = (message: string) => new AppError(ErrorCode.SERVICE_UNAVAILABLE, message);

/**
 * Online payment of an invoice (§22 «оплачен через приложение»). The resident starts a payment of
 * their issued invoice; the acquirer's hosted page takes the money; the acquirer's signed
 * notification — verified, recorded once per event id, applied only forward, checked against the
 * invoice's amount and organization — marks the invoice PAID (through the invoices module), shows
 * in the staff card live (`orderUpdated`) and in «Активность клиента».
 */
export class PaymentsService {
  readonly providers = new Map<string, PaymentProvider>();
  /** The built-in acquirer when it is configured (its hosted page and notification job need it). */
  readonly builtin: BuiltinAcquirer | null;

  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly invoices: InvoicesService,
    private readonly notifications: NotificationsService,
  ) {
    this.builtin = deps.config.payments.provider === "builtin" ? new BuiltinAcquirer(deps.database.db, deps.clock, deps.config.payments.webhookSecret) : null;
    if (this.builtin) this.providers.set(this.builtin.name, this.builtin);
  }

  /** The acquirer new payments go through. */
  provider(): PaymentProvider {
    const provider = this.deps.config.payments.provider === "none" ? undefined : this.providers.get(this.deps.config.payments.provider);
    if (!provider) throw unavailable("Онлайн-оплата не подключена: оплатите счёт в управляющей организации");
    return provider;
  }

  private repo(organizationId: string) {
    return new PaymentsRepository(this.deps.database.db, organizationId);
  }

  /**
   * «Оплатить» in the resident's app: a payment of their order's issued invoice, or the same one
   * again — for the same idempotency key, or while a payment of the same amount is still pending —
   * so a double click never makes two. Answers the payment with the hosted page to open.
   */
  async residentPay(viewer: Viewer, orderId: string, input: { idempotencyKey?: string | null; returnPath?: string | null }): Promise<PaymentRow> {
    const v = requireResident(viewer);
    const key = input.idempotencyKey?.trim() || null;
    if (key !== null && (key.length > MAX_IDEMPOTENCY_KEY || !/^[\w.:-]+$/.test(key))) {
      throw badInput(`Ключ идемпотентности: до ${MAX_IDEMPOTENCY_KEY} латинских букв, цифр, «-», «_», «.», «:»`, "idempotencyKey");
    }
    const returnPath = input.returnPath ?? "/r";
    if (returnPath.length > MAX_RETURN_PATH || !returnPath.startsWith("/") || returnPath.startsWith("//") || /[\s\\]/.test(returnPath)) {
      throw badInput("Адрес возврата — путь на этом сервере, например /r/orders/42", "returnPath");
    }
    const provider = this.provider();
    const order = await this.orders.get(v, orderId);
    const now = this.deps.clock.now();
    const { payment, fresh } = await unitOfWork(this.deps, v.organizationId, async (uow) => {
      const locked = (await uow.repo(OrdersRepository).byId(order.id, true))!;
      const invoice = await uow.repo(InvoicesRepository).byOrder(locked.id, true);
      // A draft is not the resident's to see: the same answer as no invoice at all.
      if (!invoice || invoice.state === "DRAFT") throw notFound("Счёт");
      const repo = uow.repo(PaymentsRepository);
      if (key) {
        const same = await repo.byIdempotencyKey(key);
        if (same) {
          if (same.invoiceId !== invoice.id || same.clientId !== v.clientId) throw conflict("Этот ключ уже использован для другого платежа", { reason: "IDEMPOTENCY_KEY_REUSED" });
          return { payment: same, fresh: false };
        }
      }
      if (invoice.state !== "ISSUED") throw conflict("Счёт уже оплачен", { reason: "INVOICE_NOT_PAYABLE" });
      const pending = (await repo.pendingOf(invoice.id)).find((p) => p.amountKopecks === invoice.totalKopecks && p.confirmationUrl && p.clientId === v.clientId);
      if (pending && !key) return { payment: pending, fresh: false };
      if (invoice.totalKopecks <= 0n) throw conflict("Счёт на нулевую сумму не оплачивается онлайн", { reason: "INVOICE_NOT_PAYABLE" });
      const created = await repo.insert({
        invoiceId: invoice.id,
        orderId: locked.id,
        clientId: v.clientId,
        provider: provider.name,
        amountKopecks: invoice.totalKopecks,
        state: "PENDING",
        idempotencyKey: key ?? randomUUID(),
        returnUrl: returnPath,
        createdAt: now,
        updatedAt: now,
      });
      return { payment: created, fresh: true };
    });
    if (!fresh && payment.confirmationUrl) return payment;
    return this.register(provider, order, payment);
  }

  /** Creates the payment at the acquirer (its idempotency key is our payment's id) and keeps its page. */
  private async register(provider: PaymentProvider, order: OrderRow, payment: PaymentRow): Promise<PaymentRow> {
    const repo = this.repo(payment.organizationId);
    const organization = await repo.organizationExists();
    try {
      const created = await withDeadline("create payment", this.deps.config.payments.providerTimeoutMs, () =>
        provider.createPayment({
          organizationId: payment.organizationId,
          idempotencyKey: payment.id,
          amountKopecks: payment.amountKopecks,
          description: `Оплата счёта по заявке № ${order.number}`,
          merchantName: organization?.name ?? "Управляющая организация",
          returnUrl: payment.returnUrl,
          metadata: { paymentId: payment.id, invoiceId: payment.invoiceId, orderId: payment.orderId, organizationId: payment.organizationId },
        }),
      );
      return await repo.update(payment.id, { providerPaymentId: created.providerPaymentId, confirmationUrl: created.confirmationUrl, updatedAt: this.deps.clock.now() });
    } catch (error) {
      this.deps.logger.warn({ err: error, paymentId: payment.id }, "the acquirer did not create a payment");
      // Left PENDING without a page: the next «Оплатить» with the same key asks the acquirer again (idempotent there).
      throw unavailable("Платёжный сервис не ответил, попробуйте оплатить ещё раз");
    }
  }

  /** Job: delivers a built-in acquirer notification (signed now); a failure retries the job. */
  async deliverBuiltinNotification(organizationId: string, body: string): Promise<void> {
    if (!this.builtin) return;
    const { headers, rawBody } = this.builtin.signed(organizationId, body);
    const result = await this.receiveNotification(this.builtin.name, organizationId, headers, rawBody);
    if (result.status >= 500) throw new Error(`notification not accepted: ${result.outcome}`);
  }

  /**
   * A notification from an acquirer for one organization (`POST /payments/notifications/<provider>/<organization>`):
   * verified by the provider (signature, freshness) — refused with 401 otherwise, writing nothing —
   * then recorded once per event id (a repeat answers 200 and changes nothing) and applied.
   */
  async receiveNotification(providerName: string, organizationId: string, headers: Record<string, string | string[] | undefined>, rawBody: Buffer): Promise<NotificationOutcome> {
    const provider = this.providers.get(providerName);
    if (!provider || !/^[0-9a-f-]{36}$/i.test(organizationId) || !(await this.repo(organizationId).organizationExists())) return { status: 404, outcome: "UNKNOWN_RECIPIENT" };
    let notification: ProviderNotification;
    try {
      notification = provider.verifyNotification({ organizationId, headers, rawBody, now: this.deps.clock.now() });
    } catch (error) {
      if (error instanceof NotificationRefused) {
        this.deps.logger.warn({ provider: providerName, organizationId, reason: error.reason }, "payment notification refused");
        return { status: error.reason === "MALFORMED" ? 400 : 401, outcome: error.reason };
      }
      throw error;
    }
    if (notification.object === "refund") return this.refundNotification(providerName, organizationId, notification);
    return this.paymentNotification(providerName, organizationId, notification);
  }

  private async paymentNotification(provider: string, organizationId: string, n: ProviderNotification): Promise<NotificationOutcome> {
    const found = await this.repo(organizationId).byProviderId(provider, n.objectId);
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, async (uow) => {
      const repo = uow.repo(PaymentsRepository);
      const journal = (outcome: string, paymentId: string | null) =>
        repo.recordEvent({ provider, eventId: n.eventId, type: `payment.${n.status.toLowerCase()}`, providerObjectId: n.objectId, paymentId, amountKopecks: n.amountKopecks, outcome, payload: n.payload, receivedAt: now });
      if (!found) {
        return (await journal("UNKNOWN", null)) ? { status: 404, outcome: "UNKNOWN" } : { status: 200, outcome: "DUPLICATE" };
      }
      if (found.organizationId !== organizationId || (n.metadata.organizationId && n.metadata.organizationId !== organizationId)) {
        this.deps.logger.error({ alert: "PAYMENT_FOREIGN_ORGANIZATION", provider, organizationId, eventId: n.eventId }, "payment notification names another organization's payment");
        return (await journal("FOREIGN_ORGANIZATION", null)) ? { status: 403, outcome: "FOREIGN_ORGANIZATION" } : { status: 200, outcome: "DUPLICATE" };
      }
      // Locks in the order every payment change takes them: the order, its invoice, the payment.
      const order = (await uow.repo(OrdersRepository).byId(found.orderId, true))!;
      const invoice = await uow.repo(InvoicesRepository).byOrder(order.id, true);
      const payment = (await repo.byId(found.id, true))!;
      const effect = paymentNotificationEffect(payment.state as PaymentStatus, n.status as PaymentStatus);
      const mismatch = n.currency !== "RUB" || n.amountKopecks !== payment.amountKopecks;
      const invoiceMoved = n.status === "SUCCEEDED" && effect === "APPLY" && (!invoice || invoice.id !== payment.invoiceId || invoice.totalKopecks !== payment.amountKopecks);
      const outcome = mismatch ? "AMOUNT_MISMATCH" : effect === "UNCHANGED" ? "UNCHANGED" : invoiceMoved ? "INVOICE_CHANGED" : "APPLIED";
      if (!(await journal(outcome, payment.id))) return { status: 200, outcome: "DUPLICATE" };
      if (mismatch || invoiceMoved) {
        const text = mismatch
          ? `Платёжный сервис сообщил о сумме ${formatRubles(n.amountKopecks)} ₽ вместо ${formatRubles(payment.amountKopecks)} ₽; оплата не засчитана`
          : `Оплата ${formatRubles(payment.amountKopecks)} ₽ пришла, когда счёт уже изменился; проверьте счёт и верните деньги`;
        this.deps.logger.error({ alert: mismatch ? "PAYMENT_AMOUNT_MISMATCH" : "PAYMENT_INVOICE_CHANGED", paymentId: payment.id, eventId: n.eventId, reported: n.amountKopecks.toString(), expected: payment.amountKopecks.toString() }, text);
        await this.notifications.paymentAlert(uow.tx, { organizationId, orderId: order.id, key: n.eventId, text });
        if (mismatch) return { status: 409, outcome };
      }
      if (effect === "UNCHANGED") return { status: 200, outcome };
      await repo.update(payment.id, { state: n.status as PaymentStatus, succeededAt: n.status === "SUCCEEDED" ? now : null, updatedAt: now });
      if (n.status !== "SUCCEEDED") return { status: 200, outcome };
      if (!invoiceMoved) {
        const paid = await this.invoices.paidOnline(uow, order.id, now);
        if (!paid.ok) this.deps.logger.error({ alert: "PAYMENT_NOT_APPLIED", paymentId: payment.id, refusal: paid.refusal }, "a succeeded payment could not mark its invoice paid");
      }
      await this.recordActivity(uow, order, payment.id, `Оплата счёта по заявке № ${order.number}`, payment.amountKopecks, now);
      return { status: 200, outcome };
    });
  }

  /** «Активность клиента»: the payment (or refund) under the order's client; open activity lists re-read it after the commit. */
  async recordActivity(uow: UnitOfWork, order: OrderRow, externalId: string, title: string, amount: bigint, at: Date): Promise<void> {
    if (!order.clientId) return;
    await uow.repo(PaymentsRepository).activity({ clientId: order.clientId, orderId: order.id, premiseId: order.premiseId, title, details: null, amount, externalId, occurredAt: at });
    uow.publish(Topic.CLIENT_UPDATED, { clientId: order.clientId });
  }

  /** Set by the refunds service: refund notifications go there. */
  refundNotification: (provider: string, organizationId: string, n: ProviderNotification) => Promise<NotificationOutcome> = async () => ({ status: 404, outcome: "UNKNOWN" });
}
