import { deletionRefusal, type DeletableKind, type ErrorReason, type Holders } from "@domovoy/domain";
import { GraphQLError } from "graphql";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  /** A part the operation needs is not there (an SMS gateway, the database); retrying later may help. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const defaultMessages: Record<ErrorCode, string> = {
  BAD_USER_INPUT: "Некорректные данные",
  UNAUTHENTICATED: "Требуется вход в систему",
  FORBIDDEN: "Недостаточно прав для этого действия",
  NOT_FOUND: "Не найдено",
  CONFLICT: "Данные изменились, обновите страницу",
  TOO_MANY_REQUESTS: "Слишком много попыток, повторите позже",
  SERVICE_UNAVAILABLE: "Сервис временно недоступен, повторите попытку позже",
};

export type ErrorDetails = {
  /** Input field the problem is about, e.g. "input.maxExecutors". */
  field?: string;
  /** Machine-readable reason for clients that localize messages themselves (ERROR_REASONS in @domovoy/domain). */
  reason?: ErrorReason;
  [key: string]: unknown;
};

/** An expected failure: reaches the client with its code and message, never with a stack. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message?: string, details: ErrorDetails = {}) {
    super(message ?? defaultMessages[code], { extensions: { code, ...details } });
    this.code = code;
  }
}

export const badInput = (message: string, field?: string, reason?: ErrorReason) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, reason });
/**
 * Everything `notFound` may name, with the gender and number «не найден…» must agree with
 * («Заявка не найдена», «Сообщение не найдено»). A subject missing here does not compile.
 */
export const NOT_FOUND_SUBJECTS = {
  Документ: "m",
  "Запланированное сообщение": "n",
  Возврат: "m",
  Заявка: "f",
  Звонок: "m",
  Инцидент: "m",
  Клиент: "m",
  Комментарий: "m",
  Объект: "m",
  Организация: "f",
  Отчёт: "m",
  Подразделение: "n",
  Помещение: "n",
  "Пункт чек-листа": "m",
  Сообщение: "n",
  Сотрудник: "m",
  Счёт: "m",
  "Позиция счёта": "f",
  "Токен интеграции": "m",
  Услуга: "f",
  Файл: "m",
  Шаблон: "m",
} as const satisfies Record<string, "m" | "f" | "n" | "pl">;
export type NotFoundSubject = keyof typeof NOT_FOUND_SUBJECTS;
const NOT_FOUND_ENDING = { m: "", f: "а", n: "о", pl: "ы" } as const;

export const notFound = (what: NotFoundSubject = "Объект") =>
  new AppError(ErrorCode.NOT_FOUND, `${what} не найден${NOT_FOUND_ENDING[NOT_FOUND_SUBJECTS[what]]}`);
export const forbidden = (message?: string) => new AppError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message?: string) => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string, details: ErrorDetails = {}) => new AppError(ErrorCode.CONFLICT, message, details);

/** Postgres unique violations become CONFLICT instead of an internal error. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const pg = e as { code?: string; constraint_name?: string };
  return pg?.code === "23505" && (!constraint || pg.constraint_name === constraint);
}

/** A foreign key refused a change: a row still referenced was deleted (or a reference names a row just deleted). */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  return (e as { code?: string })?.code === "23503";
}

/**
 * A deletion whose holders were counted, but a reference made meanwhile by a concurrent
 * transaction (an order created on the building) makes the foreign key refuse it: CONFLICT IN_USE.
 */
export async function deletionRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForeignKeyViolation(error)) throw conflict("Пока вы удаляли, на запись сослались — удалить нельзя", { reason: "IN_USE" });
    throw error;
  }
}

/** A deletion refused while something holds the row: CONFLICT IN_USE naming it, with the counts in `extensions.holders`. */
export function refuseIfHeld(kind: DeletableKind, holders: Holders): void {
  const message = deletionRefusal(kind, holders);
  if (message) throw conflict(message, { reason: "IN_USE", holders });
}
