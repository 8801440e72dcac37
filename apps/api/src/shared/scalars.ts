import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

/** Kopecks (bigint) → "1234.50". */
export function formatMoney(kopecks: bigint): string {
  const negative = kopecks < 0n;
  const abs = negative ? -kopecks : kopecks;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** "1234.5" → 123450n kopecks; throws on anything that is not a decimal with ≤ 2 fraction digits. */
export function parseMoney(value: string): bigint {
  const text = value.trim();
  if (!MONEY_PATTERN.test(text)) throw new GraphQLError(`Некорректная сумма: ${value}`, { extensions: { code: "BAD_USER_INPUT" } });
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace("-", "").split(".");
  const kopecks = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  return negative ? -kopecks : kopecks;
}

/** Money in roubles as a decimal string ("1234.50"); kopecks in bigint on the server, never a float. */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: "Money",
  description: 'Amount in roubles as a decimal string with two fraction digits, e.g. "1234.50".',
  serialize(value) {
    if (typeof value === "bigint") return formatMoney(value);
    if (typeof value === "number" && Number.isInteger(value)) return formatMoney(BigInt(value));
    throw new GraphQLError("Money must be kopecks as bigint");
  },
  parseValue(value) {
    if (typeof value !== "string") throw new GraphQLError("Money is a decimal string", { extensions: { code: "BAD_USER_INPUT" } });
    return parseMoney(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Money is a decimal string", { extensions: { code: "BAD_USER_INPUT" } });
    return parseMoney(ast.value);
  },
});
