import { localeTag, t } from "./index";

let timeZone: string | undefined;

/** Dates are shown in the organization's time zone, whatever the dispatcher's machine says. */
export function setDisplayTimeZone(zone: string | undefined): void {
  timeZone = zone;
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
