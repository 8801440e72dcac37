import { migrate, connect } from "@domovoy/db";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@domovoy/db/embedded";
import { DEMO_PASSWORD, seedDemo } from "@domovoy/db/seed";
import { hash } from "@node-rs/argon2";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pg: { adminUrl: string; template: string; prefix: string };
  }
}

/**
 * One PostgreSQL server for the run (DATABASE_URL's, or an embedded one), one migrated and seeded
 * template database; every test file clones its own database from it in milliseconds.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    console.log("[tests] PostgreSQL from DATABASE_URL");
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), "domovoy-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), fast: true });
    adminUrl = embedded.adminUrl;
    console.log(`[tests] no DATABASE_URL: embedded PostgreSQL on port ${embedded.port}`);
  }
  const prefix = `domovoy_t${process.pid}_`;
  const template = `${prefix}template`;
  const urlFor = (db: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${db}`;
    return url.toString();
  };
  await dropDatabase(adminUrl, template);
  await ensureDatabase(adminUrl, template);
  await migrate(urlFor(template));
  const database = connect(urlFor(template), { max: 1 });
  // A cheap hash keeps the seed fast; the password is the same as in the demo.
  await seedDemo(database, { passwordHash: await hash(DEMO_PASSWORD, { memoryCost: 1024, timeCost: 1 }) });
  await database.close();
  project.provide("pg", { adminUrl, template, prefix });

  return async () => {
    const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
    const leftovers = await sql`select datname from pg_database where datname like ${prefix + "%"}`;
    await sql.end();
    for (const { datname } of leftovers) await dropDatabase(adminUrl, datname);
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
