/**
 * SLA deadlines as the service form shows them: days and hours (hours may be fractional, «0,5»
 * is half an hour), stored by the API as whole minutes. Both directions are exact for any whole
 * number of minutes: hours are shown to two decimals, which always round back to the same minute.
 */
export type SlaParts = { days: string; hours: string };

export const MINUTES_PER_DAY = 1440;
/** The API's ceiling: a year. */
export const MAX_SLA_MINUTES = 525_600;

/** 1 500 → { days: "1", hours: "1" }; 30 → { days: "", hours: "0,5" }; null (no limit) → both empty. */
export function slaParts(minutes: number | null | undefined): SlaParts {
  if (minutes == null) return { days: "", hours: "" };
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - days * MINUTES_PER_DAY;
  const hours = rest === 0 ? "" : String(Math.round((rest / 60) * 100) / 100).replace(".", ",");
  return { days: days === 0 ? "" : String(days), hours };
}

export type SlaParsed = { ok: true; minutes: number | null } | { ok: false; problem: "format" | "zero" | "tooLong" };

/**
 * The minutes of a days-and-hours entry: both empty is «no limit» (null); days are whole, hours a
 * number with a point or a comma; the total must be at least a minute and at most a year.
 */
export function slaMinutes(parts: SlaParts): SlaParsed {
  const daysText = parts.days.trim();
  const hoursText = parts.hours.trim().replace(",", ".");
  if (!daysText && !hoursText) return { ok: true, minutes: null };
  if ((daysText && !/^\d{1,4}$/.test(daysText)) || (hoursText && !/^\d{1,5}(\.\d{1,2})?$/.test(hoursText))) return { ok: false, problem: "format" };
  const minutes = Number(daysText || "0") * MINUTES_PER_DAY + Math.round(Number(hoursText || "0") * 60);
  if (minutes < 1) return { ok: false, problem: "zero" };
  if (minutes > MAX_SLA_MINUTES) return { ok: false, problem: "tooLong" };
  return { ok: true, minutes };
}
