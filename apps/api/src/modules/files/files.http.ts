import busboy from "busboy";
import type { Express, Request, Response } from "express";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Services } from "../../services.js";
import { tokenFromRequest } from "../../shared/auth/cookies.js";
import type { AuthenticatedViewer } from "../../shared/auth/viewer.js";
import { connectionErrorCode, isConnectionError } from "../../shared/db-errors.js";
import { AppError } from "../../shared/errors.js";
import type { Logger } from "../../shared/logger.js";
import { noteViewer, requestLogOf } from "../../shared/request-log.js";
import { contentDisposition, isInlineType } from "./content.js";
import { FILE_SIZE_LIMITS, UPLOAD_PURPOSES, type StoredFileRow } from "./files.service.js";
import { FileTooLargeError } from "./storage.js";

/**
 * Non-simple headers a cross-site HTML form cannot send; one of them is required on uploads
 * (the same idea as Apollo's CSRF prevention for GraphQL).
 */
export const UPLOAD_CSRF_HEADERS = ["x-domovoy-upload", "apollo-require-preflight"] as const;

const MAX_UPLOAD_LIMIT = Math.max(...UPLOAD_PURPOSES.map((p) => FILE_SIZE_LIMITS[p]));
/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;
/** After a refusal, this much of the rest of the body is read so the client sees the answer. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

class HttpFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly reason?: string,
    /** Sent as Retry-After (rate limits). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

function failureOf(error: unknown, logger: Logger): HttpFailure {
  if (error instanceof HttpFailure) return error;
  if (error instanceof FileTooLargeError) {
    return new HttpFailure("PAYLOAD_TOO_LARGE", `Файл больше ${Math.round(error.maxBytes / 1024 / 1024)} МБ`, "FILE_TOO_LARGE");
  }
  if (error instanceof AppError) {
    const retryAfter = error.extensions.retryAfterSeconds;
    return new HttpFailure(error.code, error.message, (error.extensions.reason as string | undefined) ?? undefined, typeof retryAfter === "number" ? retryAfter : undefined);
  }
  if (isConnectionError(error)) {
    logger.warn({ code: connectionErrorCode(error) }, "file request failed: database unreachable");
    return new HttpFailure("SERVICE_UNAVAILABLE", "Сервис временно недоступен: нет связи с базой данных. Повторите попытку позже.");
  }
  logger.error({ err: error }, "file request failed");
  return new HttpFailure("INTERNAL_SERVER_ERROR", "Внутренняя ошибка сервера");
}

function sendFailure(res: Response, failure: HttpFailure): void {
  requestLogOf(res).errorCodes = [failure.code];
  if (res.headersSent) return;
  if (failure.retryAfterSeconds) res.set("retry-after", String(failure.retryAfterSeconds));
  res
    .status(STATUS[failure.code] ?? 500)
    .set("cache-control", "no-store")
    .json({ error: { code: failure.code, reason: failure.reason ?? null, message: failure.message } });
}

/**
 * Answers a refused upload once the rest of the body has been read (up to a limit), so that the
 * client reads the answer instead of a reset connection; past the limit the connection is closed.
 */
function refuseUpload(req: Request, res: Response, failure: HttpFailure): void {
  if (res.headersSent) return;
  if (req.complete || req.readableEnded) return sendFailure(res, failure);
  let drained = 0;
  let answered = false;
  const answer = (close: boolean) => {
    if (answered) return;
    answered = true;
    if (close) res.set("connection", "close");
    sendFailure(res, failure);
  };
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) {
      answer(true);
      req.pause();
      res.on("finish", () => req.destroy());
    }
  });
  req.on("end", () => answer(false));
  req.on("error", () => answer(true));
  req.resume();
}

async function viewerOf(services: Services, req: Request, res: Response): Promise<AuthenticatedViewer> {
  const viewer = await services.auth.viewerForToken(tokenFromRequest(req));
  noteViewer(res, viewer);
  if (viewer.kind === "ANONYMOUS") throw new HttpFailure("UNAUTHENTICATED", "Требуется вход в систему");
  return viewer;
}

function uploadResponse(file: StoredFileRow) {
  return { id: file.id, fileName: file.fileName, contentType: file.contentType, size: file.size };
}

/**
 * `POST /files` (multipart/form-data: fields `purpose` and `orderId` first, then one `file` part)
 * and `GET /files/:id/:fileName`. Same session as GraphQL (cookie or Bearer token).
 */
export function mountFileRoutes(app: Express, services: Services, logger: Logger): void {
  app.post("/files", async (req, res) => {
    try {
      if (!UPLOAD_CSRF_HEADERS.some((h) => req.headers[h])) {
        throw new HttpFailure("BAD_USER_INPUT", "Запрос без заголовка X-Domovoy-Upload отклонён", "CSRF_HEADER_REQUIRED");
      }
      const viewer = await viewerOf(services, req, res);
      if (!req.is("multipart/form-data")) throw new HttpFailure("BAD_USER_INPUT", "Ожидается multipart/form-data", "MULTIPART_REQUIRED");
      const declared = Number(req.headers["content-length"] ?? NaN);
      if (Number.isFinite(declared) && declared > MAX_UPLOAD_LIMIT + ENVELOPE_BYTES) {
        throw new FileTooLargeError(MAX_UPLOAD_LIMIT);
      }
      const file = await receive(req, services, viewer);
      res.status(201).set("cache-control", "no-store").json(uploadResponse(file));
    } catch (error) {
      refuseUpload(req, res, failureOf(error, logger));
    }
  });

  const download = async (req: Request, res: Response) => {
    try {
      const viewer = await viewerOf(services, req, res);
      const file = await services.files.forDownload(viewer, String(req.params.id));
      const etag = `"${file.sha256}"`;
      // Call recordings are personal data: no cache may keep them, the browser's included.
      const cacheControl = file.purpose === "CALL_RECORDING" ? "private, no-store" : "private, no-cache";
      res.set({ "cache-control": cacheControl, etag, "x-content-type-options": "nosniff" });
      if (req.headers["if-none-match"] === etag) {
        res.status(304).end();
        return;
      }
      // One byte range (players and PDF viewers seek with it); anything else gets the whole file.
      const range = req.headers["if-range"] && req.headers["if-range"] !== etag ? undefined : parseRange(req.headers.range, file.size);
      if (range === "UNSATISFIABLE") {
        res.status(416).set("content-range", `bytes */${file.size}`).end();
        return;
      }
      let body: Readable;
      try {
        body = await services.files.open(file, range);
      } catch (error) {
        logger.error({ err: error, fileId: file.id }, "stored file bytes are missing");
        throw new HttpFailure("NOT_FOUND", "Файл не найден");
      }
      res.status(range ? 206 : 200).set({
        "accept-ranges": "bytes",
        ...(range ? { "content-range": `bytes ${range.start}-${range.end}/${file.size}` } : {}),
        "content-type": file.contentType,
        "content-length": String(range ? range.end - range.start + 1 : file.size),
        "content-disposition": contentDisposition(file.fileName, isInlineType(file.contentType)),
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      });
      await pipeline(body, res).catch(() => undefined);
    } catch (error) {
      sendFailure(res, failureOf(error, logger));
    }
  };
  app.get("/files/:id", download);
  app.get("/files/:id/:fileName", download);
  // Nothing else lives under /files.
  app.all("/files/{*rest}", (_req, res) => sendFailure(res, new HttpFailure("NOT_FOUND", "Не найдено")));
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` as an inclusive range; undefined for none or several ranges. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | "UNSATISFIABLE" | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) return "UNSATISFIABLE";
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return "UNSATISFIABLE";
  return { start, end };
}

/** The file's size as far as Content-Length tells (the body less the multipart envelope's room). */
function declaredFileBytes(req: Request): number | undefined {
  const declared = Number(req.headers["content-length"] ?? NaN);
  return Number.isFinite(declared) ? Math.max(0, declared - ENVELOPE_BYTES) : undefined;
}

/** Reads the multipart body: fields first, then exactly one file part, streamed into storage. */
function receive(req: Request, services: Services, viewer: AuthenticatedViewer): Promise<StoredFileRow> {
  return new Promise<StoredFileRow>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        limits: { files: 1, fields: 10, fieldSize: 1024, parts: 12, fileSize: MAX_UPLOAD_LIMIT + 1 },
      });
    } catch {
      return reject(new HttpFailure("BAD_USER_INPUT", "Некорректный multipart-запрос", "MULTIPART_INVALID"));
    }
    const fields: Record<string, string> = {};
    let settled = false;
    let sawFile = false;
    let fileStream: Readable | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      parser.removeAllListeners("file");
      reject(error);
    };
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (sawFile || name !== "file") {
        stream.resume();
        return fail(new HttpFailure("BAD_USER_INPUT", "Ожидается одно поле file", "FILE_FIELD_INVALID"));
      }
      sawFile = true;
      fileStream = stream;
      void (async () => {
        try {
          const { viewer: v, purpose, order } = await services.files.authorizeUpload(viewer, fields.purpose ?? "", fields.orderId, declaredFileBytes(req));
          const stored = await services.files.upload(v, purpose, order, info.filename ?? "", stream);
          if (settled) {
            // The request failed after the bytes were stored (e.g. a second file part): keep nothing.
            await services.files.discard(stored.id, v);
            return;
          }
          settled = true;
          resolve(stored);
        } catch (error) {
          stream.resume();
          fail(error);
        }
      })();
    });
    parser.on("filesLimit", () => fail(new HttpFailure("BAD_USER_INPUT", "Можно загрузить только один файл за раз", "TOO_MANY_FILES")));
    parser.on("error", (error) => fail(new HttpFailure("BAD_USER_INPUT", `Некорректный multipart-запрос: ${(error as Error).message}`, "MULTIPART_INVALID")));
    parser.on("close", () => {
      if (!sawFile) fail(new HttpFailure("BAD_USER_INPUT", "Файл не передан", "FILE_REQUIRED"));
    });
    // The client went away mid-upload: stop the storage write so it deletes the partial file.
    req.on("close", () => {
      if (req.complete) return;
      fileStream?.destroy(new Error("upload aborted by the client"));
      fail(new HttpFailure("BAD_USER_INPUT", "Загрузка прервана", "UPLOAD_ABORTED"));
    });
    req.on("error", (error) => fail(error));
    req.pipe(parser);
  });
}
