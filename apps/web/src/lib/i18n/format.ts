import { zonedDateTimeFromInput, zonedDateTimeInput, zonedDay as dayIn, zonedDayBoundary as dayBoundaryIn } from "@domovoy/domain";
import { localeTag, t } from "./index";

let timeZone: string | undefined;

/** Dates are shown in the organization's time zone, whatever the dispatcher's machine says. */
export function setDisplayTimeZone(zone: string | undefined): void {
  timeZone = zone;
}

/**
 * A day picked in a date input (YYYY-MM-DD, in the organization's time zone) as an instant: its
 * first or its last millisecond. Empty or malformed input gives null.
 */
export function zonedDayBoundary(day: string, edge: "start" | "end"): string | null {
  const at = dayBoundaryIn(timeZone, day, edge);
  return at == null ? null : new Date(at).toISOString();
}

/** The day (YYYY-MM-DD) an instant falls on in the organization's time zone; "" for none. */
export function zonedDay(iso: string | null | undefined): string {
  if (!iso) return "";
  return dayIn(timeZone, Date.parse(iso));
}

/** Today in the organization's time zone (YYYY-MM-DD), e.g. for a date input's `min`. */
export function zonedToday(): string {
  return zonedDay(new Date().toISOString());
}

/** An instant as a `datetime-local` input's value, in the organization's time zone. */
export function zonedInputValue(at: Date | string): string {
  return zonedDateTimeInput(timeZone, new Date(at).getTime());
}

/** A `datetime-local` input's value, read in the organization's time zone, as an instant; null if empty or malformed. */
export function zonedInputInstant(value: string): Date | null {
  const at = zonedDateTimeFromInput(timeZone, value);
  return at == null ? null : new Date(at);
}

/**
 * «Время по Europe/Moscow» beside a date or time input when the organization's zone is not the
 * browser's, so a dispatcher in another city knows which clock they are typing in; "" otherwise.
 */
export function zoneNote(browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  if (!timeZone) return "";
  const offset = (zone: string) => new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(new Date());
  return offset(timeZone) === offset(browserZone) ? "" : t("common.timeZoneNote", { zone: timeZone });
}

/** "2024-05-01" (a calendar day, no time zone) → «01.05.2024» (in English, 01/05/2024). */
export function formatDay(day: string | null | undefined): string {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!m) return day ?? "";
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(localeTag(), { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }).format(at);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "dateTime" | "date"): Intl.DateTimeFormat {
  const key = `${localeTag()}|${timeZone ?? ""}|${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(), {
      timeZone,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      ...(kind === "dateTime" ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? formatter("dateTime").format(new Date(iso)) : "";
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? formatter("date").format(new Date(iso)) : "";
}

/** +79161234567 → +7 916 123-45-67; other numbers are returned as they are. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return "";
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+7 ${m[1]} ${m[2]}-${m[3]}-${m[4]}` : e164;
}

/** "1234.50" (roubles as a decimal string) → "1 234,50 ₽". */
export function formatMoney(amount: string | null | undefined): string {
  if (amount == null) return "";
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  return new Intl.NumberFormat(localeTag(), { style: "currency", currency: "RUB", minimumFractionDigits: 2 }).format(value);
}

/** «Тихомиров Николай Романович» → «Тихомиров Н. Р.» (lists, where full names wrap). */
export function formatShortName(fullName: string | null | undefined): string {
  const [surname, ...rest] = (fullName ?? "").trim().split(/\s+/);
  if (!surname) return "";
  return [surname, ...rest.map((part) => `${part.slice(0, 1)}.`)].join(" ");
}

export function formatNumber(value: number): string {
  return value.toLocaleString(localeTag());
}

/** 90 → «1 ч 30 мин», 1440 → «1 д»; null → «без ограничения». */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes == null) return t("duration.none");
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(t("duration.days", { count: days }));
  if (hours) parts.push(t("duration.hours", { count: hours }));
  if (rest || parts.length === 0) parts.push(t("duration.minutes", { count: rest }));
  return parts.join(" ");
}
