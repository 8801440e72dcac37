import { formatRubles, notificationText, orderStatusText, type NotificationLocale, type NotificationTextKey } from "@domovoy/domain";

/**
 * The text of a notification, rendered when it is read (or pushed) from the kind and the data stored
 * with it. Resident kinds only ever carry resident-visible data (number, status): never status comments
 * or comments for colleagues.
 */
export const NOTIFICATION_KINDS = [
  /** Staff: a new order matching the role's settings. */
  "NEW_ORDER",
  /** Staff: the employee was made an executor of an order (by someone else). */
  "ASSIGNED",
  /** Staff: the resident wrote in the chat of an order the employee executes. Resident: staff wrote in their order's chat. */
  "CHAT_MESSAGE",
  /** Staff: an important comment on an order the employee executes. */
  "IMPORTANT_COMMENT",
  /** Staff: a resident asked for a refund (arrives with paid services). */
  "REFUND_REQUEST",
  /** Resident: their order's status changed (not by them). */
  "STATUS_CHANGED",
  /** Resident: their order is done; please rate it. */
  "RATE_REQUEST",
  /** Resident: staff confirmed or rejected their refund request. */
  "REFUND_DECIDED",
  /** Resident: an invoice of their order was issued («Активировать в ЛК»): it can be paid in the app. */
  "INVOICE_ISSUED",
  /** Resident: the acquirer returned the money of a refund of their order. */
  "REFUND_SUCCEEDED",
  /** Staff (refund permission, «Возврат денежных средств» on): a payment notification was refused (amount mismatch, payment after the invoice changed). */
  "PAYMENT_ALERT",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];


export type NotificationData = {
  number?: number;
  service?: string;
  address?: string;
  premise?: string | null;
  status?: string;
  author?: string;
  text?: string;
  fromResident?: boolean;
  /** REFUND_DECIDED: CONFIRMED or REJECTED. */
  decision?: string;
  /** REFUND_DECIDED: the staff's reason for a rejection. */
  reason?: string | null;
  /** REFUND_DECIDED (confirmed): RECORDED when the money is handed back in cash, not to the card. */
  settlement?: string;
  /** INVOICE_ISSUED: the invoice's total; REFUND_DECIDED / REFUND_SUCCEEDED: the refund's (kopecks, decimal string). */
  amountKopecks?: string;
};

const rubles = (kopecks: unknown): string => (typeof kopecks === "string" && /^\d+$/.test(kopecks) ? `${formatRubles(BigInt(kopecks))} ₽` : "");

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** «Сантехника · ул. Ленина, 5, кв. 12»: the service and the place of an order. */
const serviceAndPlace = (data: NotificationData, locale: NotificationLocale): string =>
  [str(data.service), [str(data.address), data.premise ? notificationText(locale, "notification.premise", { number: data.premise }) : ""].filter(Boolean).join(", ")]
    .filter(Boolean)
    .join(" · ");

/**
 * The notification's title and body in `locale` (Russian unless the device registered another):
 * the texts are the ru/en catalog parts of @domovoy/domain (push/texts.ts).
 */
export function renderNotification(kind: string, recipient: "EMPLOYEE" | "RESIDENT", data: NotificationData, locale: NotificationLocale = "ru"): { title: string; body: string } {
  const text = (key: NotificationTextKey, params: Record<string, string> = {}) => notificationText(locale, key, params);
  const n = data.number != null ? text("notification.number", { number: String(data.number) }) : "";
  switch (kind) {
    case "NEW_ORDER":
      return { title: text(data.fromResident ? "notification.NEW_ORDER.titleFromResident" : "notification.NEW_ORDER.title", { n }), body: serviceAndPlace(data, locale) };
    case "ASSIGNED":
      return { title: text("notification.ASSIGNED.title", { n }), body: serviceAndPlace(data, locale) };
    case "CHAT_MESSAGE":
      return recipient === "EMPLOYEE"
        ? { title: text("notification.CHAT_MESSAGE.staffTitle", { n }), body: text("notification.CHAT_MESSAGE.staffBody", { n }) }
        : { title: text("notification.CHAT_MESSAGE.residentTitle", { n }), body: text("notification.CHAT_MESSAGE.residentBody") };
    case "IMPORTANT_COMMENT":
      return { title: text("notification.IMPORTANT_COMMENT.title", { n }), body: [str(data.author), str(data.text)].filter(Boolean).join(": ") };
    case "REFUND_REQUEST":
      return { title: text("notification.REFUND_REQUEST.title", { n }), body: text("notification.REFUND_REQUEST.body", { n }) };
    case "STATUS_CHANGED":
      return { title: text("notification.STATUS_CHANGED.title", { n }), body: text("notification.STATUS_CHANGED.body", { status: orderStatusText(locale, str(data.status)) }) };
    case "REFUND_DECIDED":
      if (data.decision !== "CONFIRMED") return { title: text("notification.REFUND_DECIDED.rejected", { n }), body: str(data.reason) };
      return {
        title: text("notification.REFUND_DECIDED.confirmed", { n }),
        body:
          data.settlement === "RECORDED"
            ? [rubles(data.amountKopecks), text("notification.REFUND_DECIDED.inCash")].filter(Boolean).join(" · ")
            : text("notification.REFUND_DECIDED.toCard"),
      };
    case "INVOICE_ISSUED": {
      const amount = rubles(data.amountKopecks);
      return {
        title: text("notification.INVOICE_ISSUED.title", { n }),
        body: [amount && text("notification.INVOICE_ISSUED.toPay", { amount }), text("notification.INVOICE_ISSUED.payInApp")].filter(Boolean).join(" · "),
      };
    }
    case "REFUND_SUCCEEDED": {
      const amount = rubles(data.amountKopecks);
      return { title: text("notification.REFUND_SUCCEEDED.title", { n }), body: amount ? text("notification.REFUND_SUCCEEDED.bodyAmount", { amount }) : text("notification.REFUND_SUCCEEDED.body") };
    }
    case "PAYMENT_ALERT":
      return { title: text("notification.PAYMENT_ALERT.title", { n }), body: str(data.text) };
    case "RATE_REQUEST":
      return { title: text("notification.RATE_REQUEST.title", { n }), body: text("notification.RATE_REQUEST.body") };
    default:
      return { title: text("notification.other.title", { n }).trim(), body: "" };
  }
}

/** A short preview of free text for a notification body. */
export function preview(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
