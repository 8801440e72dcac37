import "reflect-metadata";
import { connect, migrate } from "@domovoy/db";
import { DEMO_PASSWORD, seedDemo } from "@domovoy/db/seed";
import { hash } from "@node-rs/argon2";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, homedir, hostname, loadavg } from "node:os";
import path from "node:path";
import { LogSmsSender } from "../src/modules/auth/sms.js";
import { SESSION_COOKIE } from "../src/shared/auth/cookies.js";
import { chromiumPath, launchBrowser } from "../test/browser/support.js";
import { installability } from "../test/browser/installability.js";
import { benchDatabase, benchLogger, startBenchServer } from "./server.js";

/**
 * `npm run lighthouse` (issue #14, «Quality bar» of the field apps): Lighthouse, headless, with its
 * default mobile emulation (a mid-range phone, slow 4G, 4× CPU slowdown, simulated), against the
 * production web build served by the real API over a database seeded with the demo — DATABASE_URL's
 * server (database `domovoy_lighthouse`, dropped after) or an embedded PostgreSQL. Pages: the
 * employee app's list as an executor, the resident app's sign-in page and its list as a resident
 * (signed in by a session cookie sent with every request). Each page is run LIGHTHOUSE_RUNS times
 * (default 3, each in a fresh browser profile) and the median score per category is kept. Then the
 * installability facts of /m and /r (test/browser/installability.ts). Exits 1 when a median is
 * below its target or a fact fails. Name parts to run only those: `npm run lighthouse -- m r-login
 * r-orders install`.
 *
 * Lighthouse is not a dependency of the product: it is installed on first use with npm into
 * LIGHTHOUSE_DIR (default ~/.cache/domovoy-lighthouse). 12.2.3 is the last one that runs on Node 20.
 */
const LIGHTHOUSE = "12.2.3";
const DIR = process.env.LIGHTHOUSE_DIR ?? path.join(homedir(), ".cache", "domovoy-lighthouse");
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
/**
 * The browser's language (`--lang`, hence navigator.language and Accept-Language), e.g. `ru-RU`.
 * Unset: headless Chromium's own, en-US — the phone apps then open in English, as on an English phone.
 */
const LANG = process.env.LIGHTHOUSE_LANG;
/** Writes each run's full report (JSON) there when set, for a look at what cost points. */
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
/** Serves this web build instead of apps/web/build, e.g. to compare two builds in alternating runs. */
const WEB_BUILD = process.env.LIGHTHOUSE_WEB_BUILD ? path.resolve(process.env.LIGHTHOUSE_WEB_BUILD) : undefined;

const ONLY = process.argv.slice(2);
const wanted = (part: string) => ONLY.length === 0 || ONLY.includes(part);

const TARGETS = { performance: 90, accessibility: 95, "best-practices": 95 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

const EXECUTOR = "plumber@domovoy.example";
const RESIDENT = "+79160000001";

function install(): string {
  const cli = path.join(DIR, "node_modules", "lighthouse", "cli", "index.js");
  const manifest = path.join(DIR, "node_modules", "lighthouse", "package.json");
  const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version : null;
  if (version !== LIGHTHOUSE) {
    console.log(`installing Lighthouse ${LIGHTHOUSE} into ${DIR} (first use)`);
    mkdirSync(DIR, { recursive: true });
    if (!existsSync(path.join(DIR, "package.json"))) writeFileSync(path.join(DIR, "package.json"), JSON.stringify({ private: true, description: "Domovoy Lighthouse runner" }));
    const npm = spawnSync("npm", ["i", "-E", "--no-audit", "--no-fund", `lighthouse@${LIGHTHOUSE}`], { cwd: DIR, stdio: "inherit" });
    if (npm.status !== 0) throw new Error("installing Lighthouse failed");
  }
  return cli;
}

type Report = {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
  runtimeError?: { code: string; message: string };
};

/** One Lighthouse run in a process (and a Chromium profile) of its own. */
function lighthouse(cli: string, url: string, cookie: string | null): Promise<Report> {
  const args = [
    cli,
    url,
    "--quiet",
    "--output=json",
    "--output-path=stdout",
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync${LANG ? ` --lang=${LANG} --accept-lang=${LANG}` : ""}`,
    "--max-wait-for-load=90000",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code} for ${url}`));
      try {
        const report = JSON.parse(out) as Report;
        if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`));
        resolve(report);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const metric = (r: Report, id: string) => r.audits[id]?.displayValue ?? "—";

/** What cost points in a run: the weighted audits of a category that did not pass, worst first. */
function losses(report: Report, category: Category): string[] {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
    .sort((a, b) => b.weight * (1 - (report.audits[b.id]!.score ?? 0)) - a.weight * (1 - (report.audits[a.id]!.score ?? 0)))
    .map((ref) => `${ref.id} (${report.audits[ref.id]!.score}${report.audits[ref.id]!.displayValue ? `, ${report.audits[ref.id]!.displayValue}` : ""})`);
}

async function main() {
  const cli = install();
  const started = new Date();
  const load = loadavg();
  const db = await benchDatabase(process.env.LIGHTHOUSE_DATABASE ?? "domovoy_lighthouse");
  await migrate(db.url);
  const seedDb = connect(db.url, { max: 1 });
  await seedDemo(seedDb, { passwordHash: await hash(DEMO_PASSWORD, { memoryCost: 1024, timeCost: 1 }) });
  await seedDb.close();
  const sms = new LogSmsSender(benchLogger);
  const { app, database, url } = await startBenchServer(db.url, { config: { jobsEnabled: false, ...(WEB_BUILD ? { webBuildDir: WEB_BUILD } : {}) }, sms });
  let failed = false;
  try {
    const gql = async <T>(query: string, variables: object = {}): Promise<T> => {
      const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      const json = (await response.json()) as { data?: T; errors?: unknown };
      if (!json.data || json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const executor = (await gql<{ authLogin: { token: string } }>(`mutation ($e: String!, $p: String!) { authLogin(email: $e, password: $p) { token } }`, { e: EXECUTOR, p: DEMO_PASSWORD })).authLogin.token;
    const { residentCodeRequest } = await gql<{ residentCodeRequest: { phone: string } }>(`mutation ($p: String!) { residentCodeRequest(phone: $p) { phone } }`, { p: RESIDENT });
    const code = sms.lastCode(residentCodeRequest.phone);
    const resident = (await gql<{ residentLogin: { token: string } }>(`mutation ($p: String!, $c: String!) { residentLogin(phone: $p, code: $c) { token } }`, { p: RESIDENT, c: code })).residentLogin.token;

    const pages = [
      { part: "m", name: "/m (executor, list)", path: "/m/", cookie: `${SESSION_COOKIE}=${executor}` },
      { part: "r-login", name: "/r/login", path: "/r/login", cookie: null },
      { part: "r-orders", name: "/r/orders (resident, list)", path: "/r/orders", cookie: `${SESSION_COOKIE}=${resident}` },
    ].filter((page) => wanted(page.part));
    const cores = cpus();
    console.log(`Lighthouse ${LIGHTHOUSE}, mobile emulation, ${RUNS} run(s) per page, median kept, browser language ${LANG ?? "Chromium's (en-US)"}; ${started.toISOString()} on ${hostname()} (${cores.length} × ${cores[0]?.model.trim() ?? "?"}), load average ${load.map((l) => l.toFixed(1)).join(" ")}${WEB_BUILD ? `; web build ${WEB_BUILD}` : ""}`);
    if (REPORTS) await mkdir(REPORTS, { recursive: true });
    for (const page of pages) {
      const reports: Report[] = [];
      for (let i = 0; i < RUNS; i++) {
        const report = await lighthouse(cli, url + page.path, page.cookie);
        reports.push(report);
        if (REPORTS) await writeFile(path.join(REPORTS, `${page.path.replace(/\W+/g, "_")}${i + 1}.json`), JSON.stringify(report));
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => Math.round((r.categories[c].score ?? 0) * 100)))])) as Record<Category, number>;
      const below = CATEGORIES.filter((c) => scores[c] < TARGETS[c]);
      if (below.length > 0) failed = true;
      // The run whose performance is the median one stands for the page in the details.
      const typical = [...reports].sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0))[Math.floor(reports.length / 2)]!;
      const scripts = (typical.audits["network-requests"]?.details?.items ?? []).filter((item) => item.resourceType === "Script").reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
      console.log(`\n${page.name}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores["best-practices"]}${below.length ? `  BELOW TARGET: ${below.join(", ")}` : ""}`);
      console.log(`  all runs: ${CATEGORIES.map((c) => `${c} ${reports.map((r) => Math.round((r.categories[c].score ?? 0) * 100)).join("/")}`).join("; ")}`);
      console.log(`  FCP ${metric(typical, "first-contentful-paint")}, LCP ${metric(typical, "largest-contentful-paint")}, TBT ${metric(typical, "total-blocking-time")}, CLS ${metric(typical, "cumulative-layout-shift")}, SI ${metric(typical, "speed-index")}; scripts sent ${kb(scripts)}`);
      for (const c of CATEGORIES) {
        const lost = losses(typical, c);
        if (lost.length) console.log(`  ${c} lost on: ${lost.slice(0, 6).join(", ")}`);
      }
    }

    if (wanted("install")) {
      console.log("\nInstallability:");
      const browser = await launchBrowser();
      try {
        for (const [appName, token] of [["m", executor], ["r", resident]] as const) {
          const facts = await installability(browser, url, appName, token);
          for (const fact of facts) console.log(`  /${appName}: ${fact.ok ? "ok  " : "FAIL"} ${fact.name}${fact.detail ? ` (${fact.detail})` : ""}`);
          if (facts.some((f) => !f.ok)) failed = true;
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await app.close();
    await database.close();
    await db.close();
  }
  console.log(failed ? "\nlighthouse: FAILED (targets: performance ≥ 90, accessibility ≥ 95, best practices ≥ 95, every installability fact)" : "\nlighthouse: all targets met");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
