import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { getOperationAST } from "graphql";
import type { IncomingMessage } from "node:http";
import { randomUUID } from "node:crypto";
import type { Viewer } from "./auth/viewer.js";
import type { Logger } from "./logger.js";

/**
 * One log line per GraphQL operation (over HTTP and WebSocket) and per /files request: request id,
 * operation name and type, viewer kind, organization, duration and the error codes returned.
 * Never variables, tokens, file names or message text (they may hold personal data).
 */
export type RequestLogFields = {
  operationName?: string | null;
  operationType?: string;
  viewer?: Viewer["kind"];
  organizationId?: string;
  errorCodes?: string[];
};

/** A client's own id is kept (tracing through a proxy) when it looks like one; otherwise a new one. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && CLIENT_ID.test(given) ? given : randomUUID();
}

/** What later handlers add to the request's log line (res.locals.requestLog). */
export function requestLogOf(res: Response): RequestLogFields {
  return ((res.locals as { requestLog?: RequestLogFields }).requestLog ??= {});
}

export function noteViewer(res: Response, viewer: Viewer): void {
  Object.assign(requestLogOf(res), viewerFields(viewer));
}

export function viewerFields(viewer: Viewer): Pick<RequestLogFields, "viewer" | "organizationId"> {
  return { viewer: viewer.kind, organizationId: viewer.kind === "ANONYMOUS" ? undefined : viewer.organizationId };
}

function levelFor(status: number, codes: string[] | undefined): "info" | "warn" | "error" {
  if (status >= 500 || codes?.includes("INTERNAL_SERVER_ERROR")) return "error";
  return "info";
}

/**
 * Express middleware for /graphql and /files: gives the request its id (echoed as X-Request-Id)
 * and logs one line when the response is finished or the client went away.
 */
export function httpRequestLog(logger: Logger, route: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdOf(req);
    const started = performance.now();
    (res.locals as { requestId?: string }).requestId = requestId;
    res.setHeader("x-request-id", requestId);
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const fields = requestLogOf(res);
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client closed first
      const errorCodes = fields.errorCodes?.length ? fields.errorCodes : undefined;
      logger[levelFor(status, errorCodes)](
        { requestId, transport: "http", method: req.method, route, status, ms: Math.round(performance.now() - started), ...fields, errorCodes },
        `${route} ${fields.operationName ?? req.method}`,
      );
    };
    res.on("finish", log);
    res.on("close", log);
    next();
  };
}

type HttpContext = { viewer?: Viewer; http?: { res: Response } };


/** Fills the HTTP request's log line with what Apollo knows: the operation, the viewer and error codes. */
export function graphqlRequestLogPlugin<C extends HttpContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, operation, request, response, document }) {
          const res = contextValue.http?.res;
          if (!res) return;
          const fields = requestLogOf(res);
          // A document that failed validation has no resolved operation; its name is still useful.
          fields.operationName = operationName ?? request.operationName ?? (document && getOperationAST(document)?.name?.value) ?? null;
          fields.operationType = operation?.operation;
          if (contextValue.viewer) Object.assign(fields, viewerFields(contextValue.viewer));
          const body = response.body;
          const errors = body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
          fields.errorCodes = errorCodes(errors);
        },
      };
    },
  };
}

export function errorCodes(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  return [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
}

/**
 * WebSocket operations: graphql-ws has no per-operation context of its own, so the socket keeps a
 * map of its running operations, each logged once when it completes (a subscription's duration is
 * its lifetime).
 */
export class WsRequestLog {
  private readonly running = new Map<string, { started: number; fields: RequestLogFields; codes: Set<string> }>();

  constructor(
    private readonly logger: Logger,
    readonly connectionId: string,
  ) {}

  start(id: string, fields: RequestLogFields): void {
    this.running.set(id, { started: performance.now(), fields, codes: new Set() });
  }

  note(id: string, fields: RequestLogFields): void {
    const entry = this.running.get(id);
    if (entry) Object.assign(entry.fields, fields);
  }

  errors(id: string, errors: readonly { extensions?: Record<string, unknown> }[] | undefined): void {
    const entry = this.running.get(id);
    if (entry) for (const code of errorCodes(errors)) entry.codes.add(code);
  }

  /** Logs and forgets the operation; `end` says whether the client, the server or the socket ended it. */
  finish(id: string, end: "complete" | "error" | "closed", extraCodes: string[] = []): void {
    const entry = this.running.get(id);
    if (!entry) return;
    this.running.delete(id);
    for (const code of extraCodes) entry.codes.add(code);
    const codes = [...entry.codes];
    this.logger[levelFor(200, codes)](
      {
        requestId: `${this.connectionId}/${id}`,
        transport: "ws",
        ...entry.fields,
        end,
        ms: Math.round(performance.now() - entry.started),
        errorCodes: codes.length ? codes : undefined,
      },
      `ws ${entry.fields.operationName ?? entry.fields.operationType ?? "operation"}`,
    );
  }

  /** The socket closed: its still-running operations (subscriptions) end with it. */
  close(): void {
    for (const id of [...this.running.keys()]) this.finish(id, "closed");
  }
}
