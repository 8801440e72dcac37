/**
 * Normalizes a Russian phone number to E.164 (+7XXXXXXXXXX); other international numbers keep
 * their digits. Returns null when the input cannot be a phone number.
 */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[^\d+]/g, "");
  if (!/^\+?\d+$/.test(digits)) return null;
  let d = digits.replace(/^\+/, "");
  if (d.length === 11 && d.startsWith("8")) d = `7${d.slice(1)}`;
  if (d.length === 10 && d.startsWith("9")) d = `7${d}`;
  if (d.length < 10 || d.length > 15) return null;
  return `+${d}`;
}

/** +79161234567 → +7 916 123-45-67 */
export function formatPhone(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+7 ${m[1]} ${m[2]}-${m[3]}-${m[4]}` : e164;
}
