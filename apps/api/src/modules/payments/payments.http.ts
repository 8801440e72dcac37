import { formatRubles } from "@domovoy/domain";
import express, { type Express, type Request, type Response } from "express";
import type { Services } from "../../services.js";
import type { Logger } from "../../shared/logger.js";
import { httpRequestLog } from "../../shared/request-log.js";
import type { DemoAcquirerPaymentRow } from "./providers/builtin.js";

/** Longest notification body accepted. */
const NOTIFICATION_LIMIT = "64kb";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The return URL with the outcome, so the resident's app can say what happened. */
function returnTo(row: DemoAcquirerPaymentRow): string {
  const url = new URL(row.returnUrl, "http://local");
  url.searchParams.set("payment", row.status);
  return `${url.pathname}${url.search}${url.hash}`;
}

const STATUS_TEXT: Record<string, string> = {
  pending: "Ожидает оплаты",
  succeeded: "Оплачено",
  canceled: "Оплата отменена",
};

/** The built-in acquirer's hosted page: Russian, no scripts, two buttons. */
function page(row: DemoAcquirerPaymentRow): string {
  const pending = row.status === "pending";
  const amount = `${formatRubles(row.amountKopecks)} ₽`;
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Оплата ${escapeHtml(amount)} — ${escapeHtml(row.merchantName)}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f3f4f6; margin: 0; display: flex; min-height: 100vh; align-items: center; justify-content: center; }
  main { background: #fff; border-radius: 12px; padding: 32px; max-width: 420px; width: 100%; box-shadow: 0 4px 24px rgba(0,0,0,.08); }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .amount { font-size: 32px; font-weight: 700; margin: 16px 0; }
  .muted { color: #6b7280; font-size: 14px; }
  .actions { display: flex; gap: 12px; margin-top: 24px; }
  button { flex: 1; font-size: 16px; padding: 12px; border-radius: 8px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; }
  button.pay { background: #16a34a; border-color: #16a34a; color: #fff; font-weight: 600; }
</style>
</head>
<body>
<main>
  <p class="muted">Демонстрационный эквайринг Domovoy — деньги не списываются</p>
  <h1>${escapeHtml(row.merchantName)}</h1>
  <p>${escapeHtml(row.description)}</p>
  <p class="amount" data-testid="pay-amount">${escapeHtml(amount)}</p>
  <p class="muted" data-testid="pay-status">${escapeHtml(STATUS_TEXT[row.status] ?? row.status)}</p>
  ${
    pending
      ? `<div class="actions">
    <form method="post" action="/pay/${row.id}/decline"><button type="submit">Отказаться</button></form>
    <form method="post" action="/pay/${row.id}/confirm" style="flex:1;display:flex"><button class="pay" type="submit">Оплатить</button></form>
  </div>`
      : `<p><a href="${escapeHtml(returnTo(row))}">Вернуться в приложение</a></p>`
  }
</main>
</body>
</html>`;
}

/**
 * `GET /pay/:id` — the built-in acquirer's hosted page; `POST /pay/:id/confirm|decline` — its
 * buttons, which answer with a redirect back to the return URL (`?payment=succeeded|canceled`).
 * `POST /payments/notifications/:provider/:organizationId` — acquirers' notifications, raw body
 * (the signature covers the exact bytes).
 */
export function mountPaymentRoutes(app: Express, services: Services, logger: Logger): void {
  const builtin = services.payments.builtin;
  if (builtin) {
    app.use("/pay", httpRequestLog(logger, "/pay"));
    const notFound = (res: Response) => res.status(404).type("text/plain; charset=utf-8").send("Платёж не найден");
    app.get("/pay/:id", async (req: Request<{ id: string }>, res, next) => {
      try {
        const row = await builtin.payment(req.params.id);
        if (!row) return void notFound(res);
        res
          .set("cache-control", "no-store")
          .set("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
          .type("html")
          .send(page(row));
      } catch (error) {
        next(error);
      }
    });
    for (const [action, outcome] of [["confirm", "succeeded"], ["decline", "canceled"]] as const) {
      app.post(`/pay/:id/${action}`, async (req: Request<{ id: string }>, res, next) => {
        try {
          if (!(await builtin.payment(req.params.id))) return void notFound(res);
          const row = await builtin.decide(req.params.id, outcome);
          res.redirect(303, returnTo(row!));
        } catch (error) {
          next(error);
        }
      });
    }
  }

  app.post(
    "/payments/notifications/:provider/:organizationId",
    httpRequestLog(logger, "/payments/notifications"),
    express.raw({ type: () => true, limit: NOTIFICATION_LIMIT }),
    async (req: Request<{ provider: string; organizationId: string }>, res, next) => {
      try {
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const result = await services.payments.receiveNotification(req.params.provider, req.params.organizationId, req.headers, body);
        res.status(result.status).set("cache-control", "no-store").json({ outcome: result.outcome });
      } catch (error) {
        next(error);
      }
    },
  );
}
