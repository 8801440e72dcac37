import type { Express, Request, Response } from "express";
import type { Services } from "../../services.js";
import { tokenFromRequest } from "../../shared/auth/cookies.js";
import { isConnectionError } from "../../shared/db-errors.js";
import { AppError } from "../../shared/errors.js";
import type { Logger } from "../../shared/logger.js";
import { noteViewer, requestLogOf } from "../../shared/request-log.js";

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, SERVICE_UNAVAILABLE: 503 };

function answer(res: Response, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.status(status).set("cache-control", "no-store").json(body);
}

/**
 * `PUT /partner/calls/recording?externalCallId=…[&source=…][&fileName=…]` with the integration
 * token (`Authorization: Bearer …`): the body is the call's recording (audio, at most
 * CALL_RECORDING_MAX_MB). The call must have been reported by `callEvent` first. Answers 201 with
 * `{ callId, contentType, size, replaced }`, or `{ error: { code, reason, message } }`.
 */
export function mountCallRoutes(app: Express, services: Services, logger: Logger): void {
  app.put("/partner/calls/recording", async (req: Request, res: Response) => {
    try {
      const viewer = await services.auth.viewerForToken(tokenFromRequest(req));
      noteViewer(res, viewer);
      const query = req.query as Record<string, unknown>;
      const text = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : undefined);
      const result = await services.callRecordings.upload(viewer, { externalCallId: text("externalCallId") ?? "", source: text("source"), fileName: text("fileName") }, req);
      answer(res, 201, result);
    } catch (error) {
      let code = "INTERNAL_SERVER_ERROR";
      let message = "Внутренняя ошибка сервера";
      let reason: string | null = null;
      if (error instanceof AppError) {
        code = error.code;
        message = error.message;
        reason = (error.extensions.reason as string | undefined) ?? null;
      } else if (isConnectionError(error)) {
        code = "SERVICE_UNAVAILABLE";
        message = "Сервис временно недоступен: нет связи с базой данных. Повторите попытку позже.";
      } else {
        logger.error({ err: error }, "call recording upload failed");
      }
      requestLogOf(res).errorCodes = [code];
      // The rest of a refused body is not read: the connection closes after the answer.
      if (!req.complete) res.set("connection", "close");
      const status = reason === "RECORDING_TOO_LARGE" ? 413 : (STATUS[code] ?? 500);
      answer(res, status, { error: { code, reason, message } });
      if (!req.complete) res.on("finish", () => req.destroy());
    }
  });
}
