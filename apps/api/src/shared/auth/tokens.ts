import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** Session tokens start with `dms_`, integration tokens with `dmi_`, so a leaked token says what it is. */
export const SESSION_PREFIX = "dms_";
export const INTEGRATION_PREFIX = "dmi_";

export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newOneTimeCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
