/**
 * Wall-clock arithmetic in an organization's time zone (IANA name; undefined = the runtime's own).
 * Dates people see and pick are days and times in that zone, while instants are stored in UTC. The
 * web (date filters, resume-by), the Excel report and the demo seed all go through these.
 */

const DAY_MS = 86_400_000;
/** Zone offsets change only on quarter-hour boundaries. */
const BUCKET_MS = 15 * 60_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(key, format);
  }
  return format;
}

/** How far the zone is ahead of UTC at the instant `utcMs` (whole seconds; Moscow: +3 h). */
export function zoneOffsetMs(timeZone: string | undefined, utcMs: number): number {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(utcMs))) if (part.type !== "literal") p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * UTC instant → the same wall time expressed as UTC (what Excel, which has no zones, must be
 * given). The offset is looked up once per quarter hour seen, so a million rows cost a few
 * thousand Intl calls.
 */
export function wallClock(timeZone: string | undefined): (instant: Date) => Date {
  const offsets = new Map<number, number>();
  return (instant) => {
    const ms = instant.getTime();
    const bucket = Math.floor(ms / BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      if (offsets.size > 200_000) offsets.clear();
      offset = zoneOffsetMs(timeZone, bucket * BUCKET_MS);
      offsets.set(bucket, offset);
    }
    return new Date(ms + offset);
  };
}

/**
 * A wall time of the zone (expressed as UTC milliseconds) → the instant it names. Two passes settle
 * the offset across a daylight-saving change; a time skipped by the change moves by the gap.
 */
export function zonedInstant(timeZone: string | undefined, wallMs: number): number {
  const first = wallMs - zoneOffsetMs(timeZone, wallMs);
  return wallMs - zoneOffsetMs(timeZone, first);
}

/** The day (YYYY-MM-DD) an instant falls on in the zone. */
export function zonedDay(timeZone: string | undefined, utcMs: number): string {
  return new Date(utcMs + zoneOffsetMs(timeZone, utcMs)).toISOString().slice(0, 10);
}

/** A calendar day (YYYY-MM-DD) of the zone → its first or last millisecond as an instant; null if malformed. */
export function zonedDayBoundary(timeZone: string | undefined, day: string, edge: "start" | "end"): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + (edge === "end" ? DAY_MS - 1 : 0);
  return zonedInstant(timeZone, wall);
}

/** The last millisecond of the zone's day that `utcMs` falls on (what «Возобновить до» a date means). */
export function zonedEndOfDay(timeZone: string | undefined, utcMs: number): number {
  return zonedDayBoundary(timeZone, zonedDay(timeZone, utcMs), "end")!;
}

/** An instant → the value of a `datetime-local` input showing it in the zone ("2026-03-01T10:00"). */
export function zonedDateTimeInput(timeZone: string | undefined, utcMs: number): string {
  return new Date(utcMs + zoneOffsetMs(timeZone, utcMs)).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as the zone's wall time → the instant it names; null if malformed. */
export function zonedDateTimeFromInput(timeZone: string | undefined, value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return zonedInstant(timeZone, Date.UTC(year, month - 1, day, hour, minute));
}
