import "reflect-metadata";
import { connect } from "@domovoy/db";
import { PERMISSIONS } from "@domovoy/domain";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config.js";
import { jobHandlers } from "../src/jobs/handlers.js";
import { JobRunner } from "../src/jobs/runner.js";
import { LogSmsSender } from "../src/modules/auth/sms.js";
import { ORDER_REPORT_FIELDS } from "../src/modules/reports/report-fields.js";
import { createPubSub } from "../src/pubsub.js";
import { createServices } from "../src/services.js";
import { systemClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";

/**
 * One report, generated in a process of its own so its memory high-water mark (maxRSS) is the
 * report's alone: `report-child.ts <databaseUrl> <filesDir> <organizationId> <employeeId> <input json>`.
 * Prints one JSON line: rows, seconds, rows/s, peak and baseline RSS in MiB, file size.
 */
const [databaseUrl, filesDir, organizationId, employeeId, inputJson] = process.argv.slice(2) as [string, string, string, string, string];
const logger = createLogger("warn");
const config = { ...loadConfig({ NODE_ENV: "production", FILES_DIR: filesDir }), databaseUrl, jobsEnabled: false };
const database = connect(databaseUrl, { max: 4 });
const pubsub = createPubSub(undefined, logger);
const services = createServices({ config, database, pubsub, clock: systemClock, logger, sms: new LogSmsSender(logger) });
const runner = new JobRunner({ database, clock: systemClock, logger, handlers: jobHandlers(services) });
const viewer = { kind: "EMPLOYEE" as const, organizationId, employeeId, sessionId: "bench", permissions: new Set(PERMISSIONS) };

const input = { ...JSON.parse(inputJson), fields: process.env.BENCH_REPORT_FIELDS === "all" ? [...ORDER_REPORT_FIELDS] : JSON.parse(inputJson).fields };
const report = await services.reports.create(viewer, input);
// Let anything started so far settle before the baseline is read.
await new Promise((resolve) => setTimeout(resolve, 200));
const baseline = process.memoryUsage().rss;
const started = performance.now();
await runner.runDue();
const seconds = (performance.now() - started) / 1000;
const done = await services.reports.get(viewer, report.id);
const file = await services.reports.file(done);
console.log(
  JSON.stringify({
    state: done.state,
    rows: done.rowsWritten,
    totalRows: done.totalRows,
    columns: input.fields.length,
    seconds: Number(seconds.toFixed(1)),
    rowsPerSecond: Math.round(done.rowsWritten / seconds),
    peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    baselineMiB: Math.round(baseline / 2 ** 20),
    fileMiB: file ? Number((file.size / 2 ** 20).toFixed(1)) : null,
  }),
);
await pubsub.close();
await database.close();
