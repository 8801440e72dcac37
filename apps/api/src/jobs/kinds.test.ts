import { describe, expect, it } from "vitest";
import { ANNOUNCE_JOB, parseJobPayload, REPORT_JOB, SLA_CHECK_JOB } from "./kinds.js";
import type { Job, JobRequest } from "./queue.js";

const stored = (kind: string, payload: Record<string, unknown>) => ({ id: 7, kind, payload }) as unknown as Job;

describe("job kinds and their payloads", () => {
  it("type a payload by its kind: a wrong one does not compile (npm run check)", () => {
    const runAt = new Date();
    const right: JobRequest = { kind: SLA_CHECK_JOB, payload: { orderId: "o" }, runAt };
    // @ts-expect-error a report job's payload names a report, not an order
    const wrongKey: JobRequest = { kind: REPORT_JOB, payload: { orderId: "o" }, runAt };
    // @ts-expect-error the announcement carries a list of ids
    const wrongType: JobRequest = { kind: ANNOUNCE_JOB, payload: { ids: "a,b" }, runAt };
    expect([right, wrongKey, wrongType].map((job) => job.kind)).toEqual([SLA_CHECK_JOB, REPORT_JOB, ANNOUNCE_JOB]);
  });

  it("read a stored payload back through its kind's check; a malformed one fails the job with a message", () => {
    expect(parseJobPayload(SLA_CHECK_JOB, stored(SLA_CHECK_JOB, { orderId: "o" }))).toEqual({ orderId: "o" });
    expect(parseJobPayload(ANNOUNCE_JOB, stored(ANNOUNCE_JOB, { ids: ["a", "b"] }))).toEqual({ ids: ["a", "b"] });
    expect(() => parseJobPayload(REPORT_JOB, stored(REPORT_JOB, { reportId: 12 }))).toThrow("job 7 (reports.order-export): payload.reportId is missing");
    expect(() => parseJobPayload(ANNOUNCE_JOB, stored(ANNOUNCE_JOB, { ids: [1] }))).toThrow(/payload\.ids is missing/);
  });
});
