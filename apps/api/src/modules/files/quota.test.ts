import { describe, expect, it } from "vitest";
import { uploadVerdict, type UploadUsage } from "./quota.js";

const limits = { files: 3, bytes: 1000, perMinute: 5 };
const now = new Date("2026-12-01T10:00:00Z");
const idle: UploadUsage = { unattachedFiles: 0, unattachedBytes: 0, recent: 0, oldestRecentAt: null };

describe("uploadVerdict", () => {
  it.each([
    ["nothing held", idle, undefined, { ok: true }],
    ["below every limit", { ...idle, unattachedFiles: 2, unattachedBytes: 500, recent: 4, oldestRecentAt: now }, 400, { ok: true }],
    ["as many unattached files as allowed", { ...idle, unattachedFiles: 3 }, undefined, { ok: false, reason: "UPLOAD_QUOTA_EXCEEDED", limit: "files" }],
    ["bytes already at the limit", { ...idle, unattachedBytes: 1000 }, undefined, { ok: false, reason: "UPLOAD_QUOTA_EXCEEDED", limit: "bytes" }],
    ["this file would pass the byte limit", { ...idle, unattachedBytes: 900 }, 200, { ok: false, reason: "UPLOAD_QUOTA_EXCEEDED", limit: "bytes" }],
    ["an unknown size counts as nothing yet", { ...idle, unattachedBytes: 900 }, undefined, { ok: true }],
  ])("%s", (_name, usage, declared, expected) => {
    expect(uploadVerdict(usage as UploadUsage, limits, now, declared as number | undefined)).toEqual(expected);
  });

  it("rate before quota, with the seconds until the oldest upload of the minute leaves the window", () => {
    const usage = { unattachedFiles: 3, unattachedBytes: 0, recent: 5, oldestRecentAt: new Date(now.getTime() - 45_500) };
    expect(uploadVerdict(usage, limits, now)).toEqual({ ok: false, reason: "UPLOAD_RATE_LIMITED", retryAfterSeconds: 15 });
  });
});
