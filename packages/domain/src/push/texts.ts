import type { OrderStatus } from "../orders/status.js";

/**
 * The texts a notification is written in, Russian and English: the server renders a Web Push in the
 * locale its device registered with, and the web app's ru/en catalogs take these same parts in
 * (`orderStatus.*` in the orders part, `notification.*` in the push part), so each text has one source.
 */
export const NOTIFICATION_LOCALES = ["ru", "en"] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

export function isNotificationLocale(value: unknown): value is NotificationLocale {
  return typeof value === "string" && (NOTIFICATION_LOCALES as readonly string[]).includes(value);
}

/**
 * The first locale a client or device named that the server speaks (most specific first: an
 * operation's before its connection's), Russian when it named none.
 */
export function notificationLocaleOr(...named: unknown[]): NotificationLocale {
  return named.find(isNotificationLocale) ?? "ru";
}

type StatusKey = `orderStatus.${OrderStatus}`;

export const ORDER_STATUS_TEXTS: Record<NotificationLocale, Record<StatusKey, string>> = {
  ru: {
    "orderStatus.PENDING": "Ожидание",
    "orderStatus.IN_PROGRESS": "В работе",
    "orderStatus.DONE": "Выполнено",
    "orderStatus.PAUSED": "Приостановлено",
    "orderStatus.CANCELLED": "Отменено",
    "orderStatus.REOPENED": "Переоткрыто",
    "orderStatus.APPROVAL": "Согласование",
    "orderStatus.NEEDS_CLARIFICATION": "Требует уточнения",
  },
  en: {
    "orderStatus.PENDING": "Pending",
    "orderStatus.IN_PROGRESS": "In progress",
    "orderStatus.DONE": "Done",
    "orderStatus.PAUSED": "Paused",
    "orderStatus.CANCELLED": "Cancelled",
    "orderStatus.REOPENED": "Reopened",
    "orderStatus.APPROVAL": "Approval",
    "orderStatus.NEEDS_CLARIFICATION": "Needs clarification",
  },
};

const notificationRu = {
  "notification.number": "№ {number}",
  "notification.premise": "кв. {number}",
  "notification.NEW_ORDER.title": "Новая заявка {n}",
  "notification.NEW_ORDER.titleFromResident": "Новая заявка {n} от жителя",
  "notification.ASSIGNED.title": "Вам назначена заявка {n}",
  "notification.CHAT_MESSAGE.staffTitle": "Сообщение от жителя · {n}",
  "notification.CHAT_MESSAGE.staffBody": "Житель написал в чате по заявке {n}",
  "notification.CHAT_MESSAGE.residentTitle": "Новое сообщение по заявке {n}",
  "notification.CHAT_MESSAGE.residentBody": "Управляющая организация ответила вам в чате заявки",
  "notification.IMPORTANT_COMMENT.title": "Важный комментарий · {n}",
  "notification.REFUND_REQUEST.title": "Запрос возврата · {n}",
  "notification.REFUND_REQUEST.body": "Житель запросил возврат средств по заявке {n}",
  "notification.STATUS_CHANGED.title": "Заявка {n}",
  "notification.STATUS_CHANGED.body": "Статус изменён: {status}",
  "notification.REFUND_DECIDED.rejected": "Возврат по заявке {n} отклонён",
  "notification.REFUND_DECIDED.confirmed": "Возврат по заявке {n} подтверждён",
  "notification.REFUND_DECIDED.inCash": "Получите деньги в управляющей организации",
  "notification.REFUND_DECIDED.toCard": "Деньги вернутся на карту, с которой была оплата, в течение 5–10 рабочих дней",
  "notification.INVOICE_ISSUED.title": "Выставлен счёт по заявке {n}",
  "notification.INVOICE_ISSUED.toPay": "К оплате {amount}",
  "notification.INVOICE_ISSUED.payInApp": "Оплатить можно в приложении",
  "notification.REFUND_SUCCEEDED.title": "Деньги по заявке {n} возвращены",
  "notification.REFUND_SUCCEEDED.body": "Возврат выполнен: деньги поступят на карту, с которой была оплата",
  "notification.REFUND_SUCCEEDED.bodyAmount": "Возврат {amount} выполнен: деньги поступят на карту, с которой была оплата",
  "notification.PAYMENT_ALERT.title": "Оплата по заявке {n} требует проверки",
  "notification.RATE_REQUEST.title": "Заявка {n} выполнена",
  "notification.RATE_REQUEST.body": "Оцените, пожалуйста, качество работы",
  "notification.other.title": "Уведомление {n}",
};

export type NotificationTextKey = keyof typeof notificationRu;

export const NOTIFICATION_TEXTS: Record<NotificationLocale, Record<NotificationTextKey, string>> = {
  ru: notificationRu,
  en: {
    "notification.number": "No. {number}",
    "notification.premise": "flat {number}",
    "notification.NEW_ORDER.title": "New request {n}",
    "notification.NEW_ORDER.titleFromResident": "New request {n} from a resident",
    "notification.ASSIGNED.title": "Request {n} was assigned to you",
    "notification.CHAT_MESSAGE.staffTitle": "Message from a resident · {n}",
    "notification.CHAT_MESSAGE.staffBody": "The resident wrote in the chat of request {n}",
    "notification.CHAT_MESSAGE.residentTitle": "New message on request {n}",
    "notification.CHAT_MESSAGE.residentBody": "The management company replied in the request's chat",
    "notification.IMPORTANT_COMMENT.title": "Important comment · {n}",
    "notification.REFUND_REQUEST.title": "Refund request · {n}",
    "notification.REFUND_REQUEST.body": "The resident asked for a refund on request {n}",
    "notification.STATUS_CHANGED.title": "Request {n}",
    "notification.STATUS_CHANGED.body": "Status changed: {status}",
    "notification.REFUND_DECIDED.rejected": "Refund on request {n} rejected",
    "notification.REFUND_DECIDED.confirmed": "Refund on request {n} confirmed",
    "notification.REFUND_DECIDED.inCash": "Collect the money at the management company",
    "notification.REFUND_DECIDED.toCard": "The money will return to the card you paid with within 5–10 business days",
    "notification.INVOICE_ISSUED.title": "Invoice issued for request {n}",
    "notification.INVOICE_ISSUED.toPay": "To pay: {amount}",
    "notification.INVOICE_ISSUED.payInApp": "You can pay in the app",
    "notification.REFUND_SUCCEEDED.title": "Money for request {n} returned",
    "notification.REFUND_SUCCEEDED.body": "Refund done: the money will reach the card you paid with",
    "notification.REFUND_SUCCEEDED.bodyAmount": "Refund of {amount} done: the money will reach the card you paid with",
    "notification.PAYMENT_ALERT.title": "Payment for request {n} needs checking",
    "notification.RATE_REQUEST.title": "Request {n} is done",
    "notification.RATE_REQUEST.body": "Please rate the work",
    "notification.other.title": "Notification {n}",
  },
};

/** A notification text in `locale` with its `{name}` placeholders filled. */
export function notificationText(locale: NotificationLocale, key: NotificationTextKey, params: Record<string, string> = {}): string {
  return NOTIFICATION_TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function orderStatusText(locale: NotificationLocale, status: string): string {
  return (ORDER_STATUS_TEXTS[locale] as Record<string, string>)[`orderStatus.${status}`] ?? status;
}
