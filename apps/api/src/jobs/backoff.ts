const BASE_MS = 1000;
const CAP_MS = 10 * 60_000;

/** Delay before the next try of a job that has failed `attempts` times: 2^attempts seconds, at most 10 minutes. */
export function retryDelayMs(attempts: number): number {
  if (!Number.isFinite(attempts) || attempts < 1) return 2 * BASE_MS;
  return Math.min(BASE_MS * 2 ** attempts, CAP_MS);
}
