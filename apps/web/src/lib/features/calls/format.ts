import type { CallDirection, CallStatus } from "$lib/graphql/generated/graphql";

/** «1:05», «12:00», «1:02:03»; «—» while the call goes on. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return "—";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** The i18n key of a call's kind: incoming, outgoing, missed (a missed outgoing call is «не дозвонились»). */
export function callKindKey(direction: CallDirection, status: CallStatus): "calls.kind.incoming" | "calls.kind.outgoing" | "calls.kind.missed" | "calls.kind.noAnswer" | "calls.kind.ringing" {
  if (status === "RINGING" || status === "ANSWERED") return "calls.kind.ringing";
  if (status === "MISSED") return direction === "INCOMING" ? "calls.kind.missed" : "calls.kind.noAnswer";
  return direction === "INCOMING" ? "calls.kind.incoming" : "calls.kind.outgoing";
}

/** What a «Перезвонить» tel: link dials: the number's + and digits only. */
export function dialable(number: string): string {
  return number.replace(/[^\d+]/g, "");
}
