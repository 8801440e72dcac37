import express, { type RequestHandler } from "express";

type BodyError = Error & { status: number; type: string; limit?: number };

const bodyError = (message: string, status: number, type: string, extra: { limit?: number } = {}): BodyError =>
  Object.assign(new Error(message), { status, type, expose: true, ...extra });

const UTF8_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;
const FIRST = /^[ \t\n\r]*([^ \t\n\r]|$)/;

/**
 * express.json for /graphql with the common request read in place: a POST of application/json
 * (UTF-8, no Content-Encoding) with a Content-Length within the limit is read as chunks and parsed
 * as body-parser does in strict mode (an empty body is {}, anything but an object or array, or bad
 * JSON, is its `entity.parse.failed`; a leading BOM dropped). Every other request (compressed,
 * another charset or type, chunked, declared over the limit, GET) goes to express.json itself,
 * so its answers — 413 `entity.too.large`, 415, 400 — stay its own.
 */
export function jsonBody(limit: number): RequestHandler {
  const fallback = express.json({ limit });
  return (req, res, next) => {
    const headers = req.headers;
    const type = headers["content-type"];
    const declared = headers["content-length"];
    const encoding = headers["content-encoding"];
    if (
      req.method !== "POST" ||
      type === undefined ||
      (type !== "application/json" && !UTF8_JSON.test(type)) ||
      (encoding !== undefined && encoding.toLowerCase() !== "identity") ||
      declared === undefined ||
      headers["transfer-encoding"] !== undefined ||
      req.readableEnded
    ) {
      return fallback(req, res, next);
    }
    const length = Number(declared);
    if (!Number.isInteger(length) || length < 0 || length > limit) return fallback(req, res, next);
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.removeListener("data", onData);
      req.removeListener("end", onEnd);
      req.removeListener("error", onError);
      if (error) {
        next(error);
        return;
      }
      let text = size === 0 ? "" : chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks, size).toString("utf8");
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length === 0) {
        req.body = {};
        next();
        return;
      }
      const first = text[0] === "{" || text[0] === "[" ? text[0] : FIRST.exec(text)?.[1];
      if (first !== "{" && first !== "[") {
        next(bodyError("Unexpected token in JSON", 400, "entity.parse.failed"));
        return;
      }
      try {
        req.body = JSON.parse(text);
      } catch (e) {
        next(bodyError((e as Error).message, 400, "entity.parse.failed"));
        return;
      }
      next();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > length) {
        finish(bodyError("request size did not match content length", 400, "request.size.invalid"));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(size === length ? undefined : bodyError("request size did not match content length", 400, "request.size.invalid"));
    const onError = () => finish(bodyError("request aborted", 400, "request.aborted"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  };
}
