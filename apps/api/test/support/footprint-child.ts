import "reflect-metadata";
import { createRequire } from "node:module";
import { startBenchServer } from "../../bench/server.js";

/**
 * Starts the server (production config, no Redis) over DATABASE_URL, then prints which of the
 * modules loaded on first use are loaded: once idle after start, once after a sign-in.
 */
const require = createRequire(import.meta.url);
const loaded = () => {
  const files = Object.keys(require.cache);
  return {
    ioredis: files.some((f) => f.includes("/node_modules/ioredis/")),
    argon2: files.some((f) => f.includes("/node_modules/@node-rs/argon2")),
    webPush: files.some((f) => f.includes("/node_modules/web-push/")),
  };
};
const { app, database, url } = await startBenchServer(process.env.DATABASE_URL!, { config: { jobsEnabled: false } });
const idle = loaded();
const response = await fetch(`${url}/graphql`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query: `mutation { authLogin(email: "dispatcher@domovoy.example", password: "domovoy") { token } }` }),
});
const signedIn = Boolean(((await response.json()) as { data?: { authLogin?: { token?: string } } }).data?.authLogin?.token);
console.log(JSON.stringify({ idle, signedIn, afterSignIn: loaded() }));
await app.close();
await database.close();
