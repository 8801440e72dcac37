import { connect, type Database } from "@domovoy/db";
import { dropDatabase, ensureDatabase } from "@domovoy/db/embedded";
import { createClient, type Client as WsClient } from "graphql-ws";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import WebSocket from "ws";
import { createApp, type App } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { LogSmsSender, type SmsGateway } from "../../src/modules/auth/sms.js";
import { createPubSub, type PubSub } from "../../src/pubsub.js";
import type { Clock } from "../../src/shared/clock.js";
import { createLogger, type Logger } from "../../src/shared/logger.js";

export const DEMO_PASSWORD = "domovoy";

/** Real time plus an offset the test moves forward (session expiry, SLA deadlines, one-hour edits). */
export class TestClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string; [k: string]: unknown }; path?: string[] }[];
  headers: Headers;
};

export type RequestOptions = { token?: string; cookie?: string; headers?: Record<string, string> };

export type TestServer = {
  url: string;
  wsUrl: string;
  app: App;
  /** This test file's own database (cloned from the seeded template). */
  database: Database;
  databaseUrl: string;
  clock: TestClock;
  sms: LogSmsSender;
  pubsub: PubSub;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** Signs a demo employee in; returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /** Signs a resident in through the one-time code; returns the bearer token. */
  residentLogin(phone: string, organizationId?: string): Promise<string>;
  /** A graphql-ws client signed in with `token`; `params` go in connection_init beside it (e.g. `locale`). */
  ws(token?: string, params?: Record<string, unknown>): WsClient;
  /**
   * Every instance forgets its cached sessions: for a test that changes roles or employees in SQL,
   * behind the API's back (the API's own changes drop them itself, on every instance).
   */
  forgetSessions(): void;
  /** Starts a second API instance on the same database (scale-out and crash tests). */
  startInstance(overrides?: Partial<Config>, options?: InstanceOptions): Promise<{ app: App; url: string; pubsub: PubSub; close(): Promise<void> }>;
  close(): Promise<void>;
};

export type InstanceOptions = {
  onQuery?: (query: string) => void;
  /** Another route to this test's database (a fault-injecting proxy); the same database either way. */
  databaseUrl?: string;
  logger?: Logger;
  /** Another SMS gateway (the test server's LogSmsSender by default; null: none configured). */
  sms?: SmsGateway | null;
};

export type TestServerOptions = { config?: Partial<Config>; redisUrl?: string };

function dbUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function postGraphQL<T>(url: string, query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLResponse<T>["errors"] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON response ${response.status}: ${text.slice(0, 300)}`);
  }
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { adminUrl, template, prefix } = inject("pg");
  const name = `${prefix}${randomBytes(5).toString("hex")}`;
  await ensureDatabase(adminUrl, name, template);
  const databaseUrl = dbUrl(adminUrl, name);
  const logger = createLogger(process.env.LOG_LEVEL ?? "silent");
  const clock = new TestClock();
  const sms = new LogSmsSender(logger);
  // Stored files go to a temp folder of this test server; every instance shares it, like a shared volume.
  const filesDir = await mkdtemp(path.join(tmpdir(), "domovoy-test-files-"));
  // Upload quota and rate are off the way of suites that upload a lot; upload-quota.test.ts sets its own.
  const uploadLimits = { files: 10_000, bytes: 1024 ** 4, perMinute: 10_000 };
  // Suites sign many residents in from 127.0.0.1 within the test clock's hour; auth-throttling.test.ts sets the real limit.
  const codePhonesPerAddressPerHour = 10_000;
  // With Redis, the sign-in counters live there too, under this test's own namespace.
  const redis = options.redisUrl ? { redisUrl: options.redisUrl, redisNamespace: name } : {};
  const baseConfig: Config = { ...loadConfig({ NODE_ENV: "test" }), databaseUrl, filesDir, uploadLimits, codePhonesPerAddressPerHour, ...redis, ...options.config };
  const instances: { app: App; close(): Promise<void> }[] = [];

  async function startInstance(overrides: Partial<Config> = {}, instanceOptions: InstanceOptions = {}) {
    const config = { ...baseConfig, ...overrides };
    const database = connect(instanceOptions.databaseUrl ?? databaseUrl, { max: 5, onQuery: instanceOptions.onQuery });
    const pubsub = createPubSub(options.redisUrl, logger, name);
    await pubsub.ready;
    const app = await createApp({ config, database, pubsub, clock, logger: instanceOptions.logger ?? logger, sms: instanceOptions.sms === undefined ? sms : instanceOptions.sms });
    const url = await app.listen(0, "127.0.0.1");
    const instance = {
      app,
      url,
      pubsub,
      async close() {
        await app.close();
        await pubsub.close();
        await database.close();
      },
    };
    instances.push(instance);
    return instance;
  }

  const main = await startInstance();
  const database = connect(databaseUrl, { max: 3 });
  const wsUrl = main.url.replace(/^http/, "ws") + "/graphql";
  const sockets: WsClient[] = [];

  const server: TestServer = {
    url: main.url,
    wsUrl,
    app: main.app,
    database,
    databaseUrl,
    clock,
    sms,
    pubsub: main.pubsub,
    graphql: (query, variables, requestOptions) => postGraphQL(main.url, query, variables, requestOptions),
    async login(email, password = DEMO_PASSWORD) {
      const result = await server.graphql<{ authLogin: { token: string } }>(
        `mutation ($email: String!, $password: String!) { authLogin(email: $email, password: $password) { token } }`,
        { email, password },
      );
      if (!result.data?.authLogin) throw new Error(`login ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.authLogin.token;
    },
    async residentLogin(phone, organizationId) {
      const requested = await server.graphql<{ residentCodeRequest: { phone: string } }>(
        `mutation ($phone: String!) { residentCodeRequest(phone: $phone) { phone } }`,
        { phone },
      );
      if (!requested.data) throw new Error(`code request failed: ${JSON.stringify(requested.errors)}`);
      const code = sms.lastCode(requested.data.residentCodeRequest.phone);
      if (!code) throw new Error(`no code was sent to ${phone}`);
      const result = await server.graphql<{ residentLogin: { token: string } }>(
        `mutation ($phone: String!, $code: String!, $org: ID) { residentLogin(phone: $phone, code: $code, organizationId: $org) { token } }`,
        { phone, code, org: organizationId ?? null },
      );
      if (!result.data?.residentLogin) throw new Error(`resident login failed: ${JSON.stringify(result.errors)}`);
      // Code requests are rate-limited per phone; move the clock so the next login may ask again.
      clock.advance(61_000);
      return result.data.residentLogin.token;
    },
    ws(token, params) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token || params ? { ...params, ...(token ? { authorization: token } : {}) } : undefined,
        retryAttempts: 0,
        lazy: true,
      });
      sockets.push(client);
      return client;
    },
    startInstance,
    forgetSessions() {
      for (const instance of instances) instance.app.services.auth.sessions.clear();
    },
    async close() {
      await Promise.all(sockets.map((s) => s.dispose()));
      for (const instance of instances.reverse()) await instance.close();
      await database.close();
      await dropDatabase(adminUrl, name);
      await rm(filesDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** Collects a subscription's events; `next(n)` waits until n events have arrived. */
export function subscribe<T = Record<string, any>>(client: WsClient, query: string, variables: Record<string, unknown> = {}, extensions?: Record<string, unknown>) {
  const events: { data?: T; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[] = [];
  let failure: unknown;
  let completed = false;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const unsubscribe = client.subscribe<T>(
    { query, variables, ...(extensions ? { extensions } : {}) },
    {
      next: (value) => {
        events.push(value as (typeof events)[number]);
        wake();
      },
      error: (error) => {
        failure = error;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    events,
    get error() {
      return failure;
    },
    get completed() {
      return completed;
    },
    async next(count = events.length + 1, timeoutMs = 5000): Promise<typeof events> {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count && !failure && !completed) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out waiting for ${count} events (have ${events.length})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return events;
    },
    unsubscribe,
  };
}

/** Waits until the subscription is registered on the server (graphql-ws gives no ack per operation). */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
