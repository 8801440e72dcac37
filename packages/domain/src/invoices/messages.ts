import type { MoneyRefusal } from "./money.js";
import type { InvoiceRefusal } from "./state.js";

/** The Russian message of every invoice refusal (the API's error message; the web shows the same text). */
export const INVOICE_MESSAGES: Record<MoneyRefusal | InvoiceRefusal, string> = {
  PRICE_NEGATIVE: "Цена не может быть отрицательной",
  PRICE_TOO_LARGE: "Слишком большая цена",
  QUANTITY_INVALID: "Количество — число, не больше трёх знаков после запятой",
  QUANTITY_NOT_POSITIVE: "Количество должно быть больше нуля",
  QUANTITY_TOO_LARGE: "Слишком большое количество",
  QUANTITY_NOT_WHOLE: "Для этой единицы измерения количество — целое число",
  DISCOUNT_OUT_OF_RANGE: "Скидка — целое число процентов от 0 до 100",
  TOO_MANY_LINES: "В счёте слишком много позиций",
  INVOICE_NOT_DRAFT: "Позиции меняются только в черновике счёта",
  INVOICE_EMPTY: "Добавьте в счёт хотя бы одну позицию",
  INVOICE_NOT_ISSUED: "Счёт ещё не выставлен",
  INVOICE_ALREADY_PAID: "Счёт уже оплачен",
  INVOICE_PAID_ONLINE: "Счёт оплачен онлайн: вернуть деньги можно только возвратом",
  INVOICE_ALREADY_DRAFT: "Счёт и так черновик",
  INVOICE_HAS_REFUNDS: "По счёту есть возвраты: сделать его неоплаченным нельзя",
};
