import type { Message } from "../types";

/** The labels' legend: what each icon in the lists and the card means. */
export const legendRu = {
  "legend.open": "Что означают метки",
  "legend.title": "Метки заявок",
  "legend.SLA_REACTION_BREACHED": "Заявку не взяли в работу за время реакции, заданное в услуге.",
  "legend.SLA_EXECUTION_BREACHED": "Заявку не выполнили к сроку «Выполнить до».",
  "legend.IMPORTANT_COMMENT": "Сотрудник оставил важный комментарий, его ещё не открыли.",
  "legend.PAUSE_OVERDUE": "Заявка на паузе, а срок «Возобновить до» уже прошёл.",
  "legend.INVOICE_DRAFT": "Счёт составляется, жителю не выставлен.",
  "legend.INVOICE_ISSUED": "Счёт выставлен в личном кабинете и ждёт оплаты.",
  "legend.INVOICE_MARKED_PAID": "Сотрудник отметил счёт оплаченным (наличные, перевод).",
  "legend.INVOICE_PAID": "Житель оплатил счёт онлайн.",
  "legend.REFUND_REQUESTED": "Житель попросил вернуть деньги, решение за сотрудником.",
  "legend.REFUND_CONFIRMED": "Возврат подтверждён.",
} satisfies Record<string, Message>;
