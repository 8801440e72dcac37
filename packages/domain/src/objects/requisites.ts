/**
 * Requisites of a legal entity (ИНН, КПП, ОГРН, БИК, счета): the contract and the act print them,
 * so a typo must be caught when they are entered. Formats and check digits as the Federal Tax
 * Service and the Bank of Russia define them.
 */
export type RequisiteField = "inn" | "kpp" | "ogrn" | "bik" | "settlementAccount" | "correspondentAccount";

export type RequisiteRefusal =
  | "INN_INVALID"
  | "KPP_INVALID"
  | "OGRN_INVALID"
  | "BIK_INVALID"
  | "SETTLEMENT_ACCOUNT_INVALID"
  | "CORRESPONDENT_ACCOUNT_INVALID"
  | "ACCOUNT_NEEDS_BIK";

export type RequisiteProblem = { field: RequisiteField; reason: RequisiteRefusal; message: string };

export type Requisites = Partial<Record<RequisiteField, string | null>>;

const digits = (value: string) => [...value].map(Number);

function weighted(values: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * values[i]!, 0);
}

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** ИНН: 10 digits (организация) or 12 (ИП, физлицо), with their check digits. */
export function isValidInn(value: string): boolean {
  if (!/^\d{10}(\d{2})?$/.test(value)) return false;
  const d = digits(value);
  if (d.length === 10) return (weighted(d, INN10) % 11) % 10 === d[9];
  return (weighted(d, INN12_11) % 11) % 10 === d[10] && (weighted(d, INN12_12) % 11) % 10 === d[11];
}

/** КПП: 4 digits (tax office), 2 digits or capital Latin letters (reason), 3 digits. */
export function isValidKpp(value: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(value);
}

/** ОГРН (13 digits) or ОГРНИП (15 digits): the last digit is the remainder of the rest by 11 (13). */
export function isValidOgrn(value: string): boolean {
  if (!/^\d{13}(\d{2})?$/.test(value)) return false;
  const body = BigInt(value.slice(0, -1));
  const check = Number(value.slice(-1));
  const modulus = value.length === 13 ? 11n : 13n;
  return Number(body % modulus) % 10 === check;
}

/** БИК: 9 digits. */
export function isValidBik(value: string): boolean {
  return /^\d{9}$/.test(value);
}

const ACCOUNT_WEIGHTS = [7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1];

/** The Bank of Russia's control key over a 3-digit bank part and a 20-digit account. */
function accountKeyHolds(bankPart: string, account: string): boolean {
  return weighted(digits(bankPart + account), ACCOUNT_WEIGHTS) % 10 === 0;
}

/** Расчётный счёт: 20 digits whose key holds with the last three digits of the bank's БИК. */
export function isValidSettlementAccount(account: string, bik: string): boolean {
  return /^\d{20}$/.test(account) && isValidBik(bik) && accountKeyHolds(bik.slice(-3), account);
}

/** Корреспондентский счёт: 20 digits starting 301, key with «0» and the 5th–6th digits of the БИК. */
export function isValidCorrespondentAccount(account: string, bik: string): boolean {
  return /^301\d{17}$/.test(account) && isValidBik(bik) && accountKeyHolds(`0${bik.slice(4, 6)}`, account);
}

/** Spaces and dashes people paste along with the digits are not part of a requisite. */
export function normalizeRequisite(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/[\s-]/g, "").toUpperCase();
  return text || null;
}

/**
 * Every problem of a set of requisites (normalized, empty ones left out), in field order. Accounts
 * are checked against the БИК, so an account without a БИК is a problem of its own.
 */
export function requisiteProblems(r: Requisites): RequisiteProblem[] {
  const problems: RequisiteProblem[] = [];
  const add = (field: RequisiteField, reason: RequisiteRefusal, message: string) => problems.push({ field, reason, message });
  if (r.inn && !isValidInn(r.inn)) add("inn", "INN_INVALID", "ИНН должен состоять из 10 или 12 цифр с верным контрольным числом");
  if (r.kpp && !isValidKpp(r.kpp)) add("kpp", "KPP_INVALID", "КПП должен состоять из 9 символов: 4 цифры, 2 цифры или латинские буквы, 3 цифры");
  if (r.ogrn && !isValidOgrn(r.ogrn)) add("ogrn", "OGRN_INVALID", "ОГРН должен состоять из 13 цифр (ОГРНИП — из 15) с верным контрольным числом");
  if (r.bik && !isValidBik(r.bik)) add("bik", "BIK_INVALID", "БИК должен состоять из 9 цифр");
  const bikOk = !!r.bik && isValidBik(r.bik);
  for (const [field, valid, reason, what] of [
    ["settlementAccount", isValidSettlementAccount, "SETTLEMENT_ACCOUNT_INVALID", "Расчётный счёт"],
    ["correspondentAccount", isValidCorrespondentAccount, "CORRESPONDENT_ACCOUNT_INVALID", "Корреспондентский счёт"],
  ] as const) {
    const account = r[field];
    if (!account) continue;
    if (!r.bik) add(field, "ACCOUNT_NEEDS_BIK", `${what} проверяется по БИК: укажите БИК банка`);
    else if (!bikOk) continue;
    else if (!valid(account, r.bik)) {
      add(field, reason, field === "correspondentAccount"
        ? "Корреспондентский счёт должен состоять из 20 цифр, начинаться с 301 и сходиться с БИК"
        : "Расчётный счёт должен состоять из 20 цифр и сходиться с БИК (проверьте счёт и БИК)");
    }
  }
  return problems;
}
