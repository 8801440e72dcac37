/** What one uploader may keep unattached and how fast they may upload (POST /files). */
export type UploadLimits = {
  /** Unattached uploads (not yet used by a mutation) one user may hold at once. */
  files: number;
  /** Their total size, bytes. */
  bytes: number;
  /** Uploads one user may start per minute. */
  perMinute: number;
};

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { files: 20, bytes: 200 * 1024 * 1024, perMinute: 30 };

export type UploadUsage = {
  unattachedFiles: number;
  unattachedBytes: number;
  /** Uploads of the last minute, and when the oldest of them was made. */
  recent: number;
  oldestRecentAt: Date | null;
};

export type UploadVerdict =
  | { ok: true }
  | { ok: false; reason: "UPLOAD_RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; reason: "UPLOAD_QUOTA_EXCEEDED"; limit: "files" | "bytes" };

export const RATE_WINDOW_MS = 60_000;

/**
 * Whether one more upload is allowed: the rate first (it passes by itself), then the quota of
 * unattached uploads, counting the declared size of this one when the client sent Content-Length.
 */
export function uploadVerdict(usage: UploadUsage, limits: UploadLimits, now: Date, declaredBytes?: number): UploadVerdict {
  if (usage.recent >= limits.perMinute) {
    const freesAt = (usage.oldestRecentAt?.getTime() ?? now.getTime()) + RATE_WINDOW_MS;
    return { ok: false, reason: "UPLOAD_RATE_LIMITED", retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)) };
  }
  if (usage.unattachedFiles >= limits.files) return { ok: false, reason: "UPLOAD_QUOTA_EXCEEDED", limit: "files" };
  const incoming = declaredBytes && Number.isFinite(declaredBytes) ? declaredBytes : 0;
  if (usage.unattachedBytes >= limits.bytes || usage.unattachedBytes + incoming > limits.bytes) {
    return { ok: false, reason: "UPLOAD_QUOTA_EXCEEDED", limit: "bytes" };
  }
  return { ok: true };
}
