import { notificationLocaleOr } from "@domovoy/domain";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import { isMigrated } from "@domovoy/db";
import express from "express";
import { getOperationAST, getVariableValues, GraphQLError, NoSchemaIntrospectionCustomRule, specifiedRules, type ValidationRule } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { createContext, type Context } from "./context.js";
import type { AppDeps } from "./deps.js";
import { securityHeaders } from "./http/security-headers.js";
import { serveWeb } from "./http/web.js";
import { mountFileRoutes } from "./modules/files/files.http.js";
import { mountCallRoutes } from "./modules/calls/calls.http.js";
import { mountPaymentRoutes } from "./modules/payments/payments.http.js";
import { abandonedJobHandlers, jobHandlers } from "./jobs/handlers.js";
import { JobRunner } from "./jobs/runner.js";
import { buildAppSchema } from "./schema.js";
import { createServices, type Services } from "./services.js";
import { tokenFromRequest } from "./shared/auth/cookies.js";
import { CLOSE_UNAUTHORIZED, SessionSockets } from "./shared/auth/session-sockets.js";
import { unauthenticated } from "./shared/errors.js";
import { errorCodes, graphqlRequestLogPlugin, httpRequestLog, requestIdOf, viewerFields, WsRequestLog } from "./shared/request-log.js";
import { createErrorFormatter } from "./shared/format-error.js";
import { guardSchema, uniqueErrors } from "./shared/guard-schema.js";
import { jsonBody } from "./shared/json-body.js";
import { defaultLimits, documentTooLarge, operationCostCheck, operationLimitsRule } from "./shared/limits.js";
import { documentCache } from "./shared/document-cache.js";
import { subscribeShared } from "./shared/shared-execution.js";
import { compiledExecution, compiledGateway, type CompiledExecution } from "./shared/compiled-execution.js";

/** The largest GraphQL request body over HTTP (files go through /files). */
export const JSON_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Longest time /healthz waits for the database before answering 503. */
export const HEALTH_TIMEOUT_MS = 1500;

/** The promise's value, or "TIMEOUT" after `ms`; the promise's later rejection is swallowed. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "TIMEOUT"> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<"TIMEOUT">((resolve) => (timer = setTimeout(() => resolve("TIMEOUT"), ms)))]).finally(() => clearTimeout(timer));
}

/** Same codes over WebSocket as Apollo gives over HTTP. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

export type App = {
  deps: AppDeps;
  /** Queries over HTTP run compiled (config.compiledExecution); tests read its counts. */
  execution?: CompiledExecution;
  services: Services;
  server: Server;
  jobs: JobRunner;
  /** Starts listening; resolves to the base URL, e.g. http://127.0.0.1:4000. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops jobs (waiting up to `jobsGraceMs` for those in flight), sockets and the HTTP server. */
  close(options?: { jobsGraceMs?: number }): Promise<void>;
};

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, logger } = deps;
  const limits = { ...defaultLimits, ...config.operationLimits };
  const schema = guardSchema(await buildAppSchema(deps.pubsub), limits);
  const services = createServices(deps);
  const jobs = new JobRunner({ database: deps.database, clock: deps.clock, logger, handlers: jobHandlers(services), onAbandoned: abandonedJobHandlers(services) });
  if (config.jobsEnabled) {
    await jobs.start();
    // Unused uploads are swept periodically; the dedupe key keeps one pending sweep across instances.
    await services.files.scheduleSweep();
    await services.auth.scheduleSweep();
    await services.callRecordings.scheduleSweep();
    await services.push.scheduleCleanUp();
    await services.receipts.scheduleSweep();
  }
  if (!deps.sms) logger.warn("no SMS gateway configured (SMS_PROVIDER): residents cannot request sign-in codes");
  const formatError = createErrorFormatter(logger, config.development, { hideSuggestions: !config.introspection });
  const validationRules: ValidationRule[] = [operationLimitsRule(limits)];
  const operationCost = operationCostCheck(limits);

  const app = express();
  app.disable("x-powered-by");
  // No ETag for res.send bodies: a GraphQL answer (POST) is never revalidated, and hashing every
  // answer cost ~1 % of a list request. Files set their own (files.http.ts), static files theirs.
  app.set("etag", false);
  app.use(securityHeaders({ hsts: config.hsts }));
  app.set("trust proxy", /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy === "true" ? true : config.trustProxy);
  const server = createServer(app);

  const sessionSockets = new SessionSockets({
    pubsub: deps.pubsub,
    logger,
    liveSessions: (ids) => services.auth.liveSessionIds(ids),
    sweepMs: config.sessionSweepMs,
  });
  sessionSockets.start();
  /** No Origin (not a browser), the server's own origin (the Host it was reached at), or a configured one. */
  const originAllowed = (request: IncomingMessage): boolean => {
    const origin = request.headers.origin;
    if (!origin) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    return config.allowedOrigins.includes(url.origin) || url.host === request.headers.host;
  };

  const wsServer = new WebSocketServer({ server, path: "/graphql", maxPayload: config.wsMaxPayloadBytes });
  const wsRules = [...specifiedRules, ...validationRules, ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const wsDocuments = documentCache(schema, wsRules, { maxTokens: limits.maxTokens });
  const wsCleanup = useServer<Record<string, unknown>, { token?: string; requestLog?: WsRequestLog }>(
    {
      schema,
      // Live counters are executed once per broadcast for all their subscribers.
      subscribe: subscribeShared,
      // Refused without a valid session: the token comes from connection_init or the cookie.
      onConnect: async (ctx) => {
        const fromParams = ctx.connectionParams?.authorization;
        // A browser attaches the cookie to a handshake from any site: only the allowed origins may
        // use it (cross-site WebSocket hijacking). A bearer token proves itself, from anywhere.
        if (typeof fromParams !== "string" && !originAllowed(ctx.extra.request)) {
          logger.warn({ origin: ctx.extra.request.headers.origin }, "WebSocket refused: session cookie from a foreign origin");
          return false;
        }
        const token =
          typeof fromParams === "string" ? fromParams.replace(/^bearer\s+/i, "") : tokenFromRequest(ctx.extra.request);
        const viewer = await services.auth.viewerForToken(token);
        if (viewer.kind === "ANONYMOUS") return false;
        (ctx.extra as { token?: string }).token = token;
        if (viewer.kind !== "INTEGRATION") sessionSockets.add(viewer.sessionId, ctx.extra.socket);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const requestLog = (ctx.extra.requestLog ??= new WsRequestLog(logger, requestIdOf(ctx.extra.request)));
        requestLog.start(id, { operationName: payload.operationName ?? null });
        const tooLarge = documentTooLarge(payload.query, limits);
        if (tooLarge) return [tooLarge];
        const checked = wsDocuments(payload.query);
        if (!checked.document) return checked.errors!.map((e) => withCode(e, "GRAPHQL_PARSE_FAILED"));
        const { document } = checked;
        const operation = getOperationAST(document, payload.operationName);
        requestLog.note(id, { operationName: payload.operationName ?? operation?.name?.value ?? null, operationType: operation?.operation });
        if (checked.errors) return checked.errors.map((e) => withCode(e, "GRAPHQL_VALIDATION_FAILED"));
        const costErrors = operation ? operationCost(schema, document, operation, payload.variables) : [];
        if (costErrors.length > 0) return costErrors;
        // Variables that do not fit their types are the client's mistake, as Apollo answers them over
        // HTTP; graphql-ws would pass graphql's uncoded error on, and it would read as an internal one.
        if (operation) {
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 10 });
          if (coerced.errors) return coerced.errors.map((e) => withCode(e, "BAD_USER_INPUT"));
        }
        // Re-checked per operation, so a logout or expiry ends access on open sockets too.
        const viewer = await services.auth.viewerForToken((ctx.extra as { token?: string }).token);
        requestLog.note(id, viewerFields(viewer));
        if (viewer.kind === "ANONYMOUS") {
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, "Unauthorized");
          return [unauthenticated()];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          // The operation's language, else the connection's: the web app names it on connect and
          // reconnects after a language switch, so its open subscriptions follow the switch.
          contextValue: createContext(services, viewer, undefined, notificationLocaleOr(payload.extensions?.locale, ctx.connectionParams?.locale)),
        };
      },
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors) return undefined;
        const errors = uniqueErrors(result.errors.map((e) => formatError(e.toJSON(), e)));
        ctx.extra.requestLog?.errors(id, errors);
        return { ...result, errors };
      },
      onError: (ctx, id, _payload, errors) => {
        const formatted = errors.map((e) => formatError(e.toJSON(), e));
        ctx.extra.requestLog?.finish(id, "error", errorCodes(formatted));
        return formatted;
      },
      onComplete: (ctx, id) => ctx.extra.requestLog?.finish(id, "complete"),
      onClose: (ctx) => ctx.extra.requestLog?.close(),
    },
    wsServer,
  );

  const execution = config.compiledExecution
    ? compiledExecution(schema, {
        onUnavailable: (err) => logger.error({ err }, "graphql-jit could not be loaded (run npm ci): every query runs on graphql-js, slower"),
      })
    : undefined;
  const apollo = new ApolloServer<Context>({
    ...(execution ? { gateway: compiledGateway(schema, execution) } : { schema }),
    csrfPrevention: true,
    introspection: config.introspection,
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    includeStacktraceInErrorResponses: config.development,
    formatError,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      config.introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true })
        : ApolloServerPluginLandingPageDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      {
        // The cost needs the variables' values (`first: $n`), known only once the operation is chosen.
        async requestDidStart() {
          return {
            async didResolveOperation({ schema: operationSchema, document, operation, request }) {
              if (!operation) return;
              const [error] = operationCost(operationSchema, document, operation, request.variables);
              if (error) throw error;
            },
            async willSendResponse({ response }) {
              if (response.body.kind === "single" && response.body.singleResult.errors) {
                response.body.singleResult.errors = uniqueErrors(response.body.singleResult.errors);
              }
            },
          };
        },
      },
      graphqlRequestLogPlugin(),
    ],
  });
  await apollo.start();

  // A readiness probe: answers within HEALTH_TIMEOUT_MS whatever the database does (down, hung,
  // pool exhausted), so a proxy or orchestrator takes the instance out of rotation at once.
  app.get("/healthz", async (_req, res) => {
    res.set("cache-control", "no-store");
    try {
      const ok = await withTimeout(isMigrated(deps.database.sql), HEALTH_TIMEOUT_MS);
      if (ok === "TIMEOUT") {
        res.status(503).json({ status: "database unreachable" });
        return;
      }
      res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "not migrated" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });

  app.use(
    "/graphql",
    httpRequestLog(logger, "/graphql"),
    jsonBody(JSON_BODY_LIMIT_BYTES),
    // The query text's size is checked before Apollo parses it.
    (req, res, next) => {
      const error = documentTooLarge(req.method === "GET" ? req.query?.query : req.body?.query, limits);
      if (!error) return next();
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: "BAD_USER_INPUT", reason: error.extensions.reason, limit: error.extensions.limit } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await services.auth.viewerForToken(tokenFromRequest(req));
        return createContext(services, viewer, { req, res }, notificationLocaleOr(req.get("x-domovoy-locale")));
      },
    }),
  );

  app.use("/files", httpRequestLog(logger, "/files"));
  mountFileRoutes(app, services, logger);
  app.use("/partner", httpRequestLog(logger, "/partner"));
  mountCallRoutes(app, services, logger);
  mountPaymentRoutes(app, services, logger);

  serveWeb(app, config.webBuildDir, logger);

  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    // body-parser's own refusals, typed and in Russian like every other answer.
    if (error.type === "entity.too.large") {
      const limit = (error as { limit?: number }).limit ?? JSON_BODY_LIMIT_BYTES;
      res.status(413).json({
        errors: [{ message: `Запрос больше ${Math.round(limit / 1024 / 1024)} МБ`, extensions: { code: "PAYLOAD_TOO_LARGE", reason: "BODY_TOO_LARGE", limit } }],
      });
      return;
    }
    if (error.type === "entity.parse.failed") {
      res.status(400).json({ errors: [{ message: "Тело запроса — не JSON", extensions: { code: "BAD_REQUEST", reason: "MALFORMED_JSON" } }] });
      return;
    }
    const status = error.status && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, "unhandled HTTP error");
    res.status(status).json({ errors: [{ message: status === 500 ? "Внутренняя ошибка сервера" : error.message, extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  });

  return {
    deps,
    execution,
    services,
    server,
    jobs,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    async close({ jobsGraceMs }: { jobsGraceMs?: number } = {}) {
      await jobs.stop({ graceMs: jobsGraceMs });
      await sessionSockets.close();
      await services.auth.close();
      for (const client of wsServer.clients) client.terminate();
      services.liveCounts.close();
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
