import type { Job } from "./queue.js";

/**
 * The read boundary of job payloads (JSON): each handler takes its values through these checks, so
 * a malformed payload fails the job with a message instead of reaching a query as a wrong type.
 */

export function payloadString(job: Job, key: string): string {
  const value = job.payload[key];
  if (typeof value !== "string" || !value) throw new Error(`job ${job.id} (${job.kind}): payload.${key} is missing`);
  return value;
}

export function payloadIds(job: Job): string[] {
  const value = job.payload.ids;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new Error(`job ${job.id} (${job.kind}): payload.ids is missing`);
  return value as string[];
}

export function organizationOf(job: Job): string {
  if (!job.organizationId) throw new Error(`job ${job.id} (${job.kind}): organizationId is missing`);
  return job.organizationId;
}
