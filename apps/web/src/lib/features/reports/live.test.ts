import { describe, expect, it } from "vitest";
import type { ReportExportItemFragment } from "$lib/graphql/generated/graphql";
import { latestReport } from "./live";

const report = (state: string, rowsWritten = 0) => ({ id: "r", state, rowsWritten }) as unknown as ReportExportItemFragment;

describe("latestReport", () => {
  it.each([
    ["nothing yet", null, null, null],
    ["only the fetched one", report("RUNNING", 5), null, report("RUNNING", 5)],
    ["only the pushed one", null, report("QUEUED"), report("QUEUED")],
    ["the later of two running snapshots", report("RUNNING", 5), report("RUNNING", 9), report("RUNNING", 9)],
    ["a finished fetch over a late running push", report("READY", 10), report("RUNNING", 9), report("READY", 10)],
    ["a finished push over a running fetch", report("RUNNING", 9), report("FAILED", 9), report("FAILED", 9)],
  ])("%s", (_name, a, b, expected) => {
    expect(latestReport(a, b)).toEqual(expected);
  });
});
