/**
 * An idempotency key for a create the device may send again (128 random bits as hex); made with
 * getRandomValues, which unlike randomUUID works outside secure contexts too.
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
