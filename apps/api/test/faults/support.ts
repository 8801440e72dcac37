import { connect, migrate } from "@domovoy/db";
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedServer } from "@domovoy/db/embedded";
import { DEMO_PASSWORD, seedDemo } from "@domovoy/db/seed";
import { hash } from "@node-rs/argon2";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { postGraphQL } from "../support/harness.js";

export const apiDir = fileURLToPath(new URL("../../", import.meta.url));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A PostgreSQL of the fault test's own (durable: fsync on, so a kill -9 loses nothing committed),
 * which the test kills and starts again on the same port and folder.
 */
export class FaultyPostgres {
  server: EmbeddedServer | undefined;
  port = 0;
  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    this.port ||= await freePort();
    // After a kill -9 the old backends take a moment to notice and exit; until then the cluster
    // refuses to start ("shared memory block is still in use").
    const until = Date.now() + 30_000;
    for (;;) {
      try {
        this.server = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port });
        return;
      } catch (error) {
        if (Date.now() > until) throw error;
        await sleep(300);
      }
    }
  }

  url(database = "domovoy"): string {
    return `postgres://postgres:domovoy@127.0.0.1:${this.port}/${database}`;
  }

  /** A crash: SIGKILL to the postmaster. */
  async kill(): Promise<void> {
    this.server?.kill("SIGKILL");
    await this.server?.exited();
    this.server = undefined;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }
}

/** Creates, migrates and seeds the demo database (a cheap password hash keeps it quick). */
export async function prepareDatabase(pg: FaultyPostgres): Promise<void> {
  await ensureDatabase(pg.url("postgres"), "domovoy");
  await migrate(pg.url());
  const database = connect(pg.url(), { max: 1 });
  await seedDemo(database, { passwordHash: await hash(DEMO_PASSWORD, { memoryCost: 1024, timeCost: 1 }) });
  await database.close();
}

/** The API as its own process (`src/main.ts`), as deployed: its crashes and exits are real. */
export class ApiProcess {
  child: ChildProcess | undefined;
  output = "";
  url = "";
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }> | undefined;

  constructor(private readonly env: Record<string, string>) {}

  async start(timeoutMs = 120_000): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, ["--import", "./register.mjs", "src/main.ts"], {
      cwd: apiDir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
        WEB_BUILD_DIR: path.join(apiDir, "no-web-build"),
        ...this.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    const child = this.child;
    this.exit = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })));
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`API exited while starting:\n${this.output}`);
      const ok = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(3000) }).then((r) => r.ok, () => false);
      if (ok) return;
      await sleep(250);
    }
    throw new Error(`API did not become healthy:\n${this.output}`);
  }

  get alive(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  /** Sends the signal; resolves with how long the process took to exit. */
  async signal(signal: NodeJS.Signals): Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null }> {
    const sent = Date.now();
    this.child!.kill(signal);
    const exit = await this.exit!;
    return { ms: exit.at - sent, code: exit.code, signal: exit.signal };
  }

  async healthz(): Promise<{ status: number; ms: number }> {
    const started = Date.now();
    const status = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(20_000) }).then((r) => r.status, () => 0);
    return { status, ms: Date.now() - started };
  }

  graphql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string) {
    return postGraphQL<T>(this.url, query, variables, { token });
  }

  async login(email: string): Promise<string> {
    const result = await this.graphql<{ authLogin: { token: string } }>(`mutation ($e: String!, $p: String!) { authLogin(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD });
    if (!result.data?.authLogin) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data.authLogin.token;
  }

  /** Lines of the process's log that report a crash-worthy error. */
  crashes(): string[] {
    return this.output.split("\n").filter((line) => /unhandled|uncaught|"level":60/i.test(line) && !/keeps running/.test(line));
  }
}

/** Ids from the demo seed an order needs. */
export async function fixtures(url: string) {
  const database = connect(url, { max: 1 });
  try {
    const sql = database.sql;
    const [org] = await sql`select id from organizations where slug = 'domovoy'`;
    const [service] = await sql`select id from services where organization_id = ${org!.id} and name = 'Засор канализации'`;
    const [resident] = await sql`select c.id as client_id, cp.premise_id, p.building_id from clients c
      join client_premises cp on cp.client_id = c.id join premises p on p.id = cp.premise_id
      where c.phone = '+79160000001' and c.organization_id = ${org!.id} order by cp.premise_id limit 1`;
    return {
      organizationId: org!.id as string,
      orderInput: (note: string) => ({
        channel: "INCOMING_CALL",
        serviceId: service!.id as string,
        buildingId: resident!.building_id as string,
        premiseId: resident!.premise_id as string,
        clientId: resident!.client_id as string,
        formAnswers: [{ key: "place", value: "Кухня" }],
        description: note,
      }),
    };
  } finally {
    await database.close();
  }
}
