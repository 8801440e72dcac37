import { normalizePhone } from "@domovoy/domain";
import { AppError, badInput, ErrorCode } from "./errors.js";

/**
 * Text over its field's limit: refused with the field and the limit, never cut to fit (a note cut
 * at 2,000 characters loses what the user wrote without telling them).
 */
export function tooLong(field: string, max: number, subject = "Не длиннее"): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${subject} ${max} символов`, { field, reason: "TOO_LONG", limit: max });
}

/** Plain input checks shared by services; each failure names the input field. */
export function requiredText(value: string | null | undefined, field: string, max = 200): string {
  const text = value?.trim() ?? "";
  if (!text) throw badInput("Поле обязательно для заполнения", field, "REQUIRED");
  if (text.length > max) throw tooLong(field, max);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max = 2000): string | null {
  const text = value?.trim() ?? "";
  if (text.length > max) throw tooLong(field, max);
  return text || null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const text = value?.trim().toLowerCase() ?? "";
  if (!text) return null;
  if (!EMAIL.test(text) || text.length > 200) throw badInput("Некорректный email", field, "INVALID_EMAIL");
  return text;
}

export function requiredEmail(value: string | null | undefined, field: string): string {
  const email = optionalEmail(value, field);
  if (!email) throw badInput("Поле обязательно для заполнения", field, "REQUIRED");
  return email;
}

export function cleanTags(tags: string[], field: string): string[] {
  const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  if (clean.length > 20) throw badInput("Не больше 20 тегов", field, "TOO_MANY");
  if (clean.some((t) => t.length > 40)) throw tooLong(field, 40, "Тег не длиннее");
  return clean;
}

export function intInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`Значение должно быть целым от ${min} до ${max}`, field, "OUT_OF_RANGE");
  }
  return value;
}

/** A phone as E.164 (+79161234567), or null when empty; anything unreadable is refused. */
export function optionalPhone(value: string | null | undefined, field: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  const phone = normalizePhone(text);
  if (!phone) throw badInput("Неверный номер телефона", field, "INVALID_PHONE");
  return phone;
}
