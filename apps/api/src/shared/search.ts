import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { tooLong } from "./validate.js";

/** `%term%` for ILIKE, with the user's own % and _ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The search box's folding, the twin of the SQL function search_fold (migration 0006): lower case,
 * «ё» read as «е», so «Соловьева» finds «Соловьёва» and the other way round.
 */
export function searchFold(text: string): string {
  return text.toLowerCase().replaceAll("ё", "е");
}

/**
 * `search_fold(column) like '%term%'` with the term folded the same way: served by the column's
 * trigram index on search_fold(column), never a sequential scan.
 */
export function foldedContains(column: AnyColumn | SQL, term: string): SQL {
  return sql`search_fold(${column}) like ${containsPattern(searchFold(term))}`;
}

/** Longest search text: a name, an address or a phone fits many times over. */
export const MAX_SEARCH_LENGTH = 200;

/** Trimmed search text, or null when there is nothing to search for; a longer one is refused, not cut. */
export function searchTerm(input: string | null | undefined, field = "search"): string | null {
  const term = input?.trim();
  if (term && term.length > MAX_SEARCH_LENGTH) throw tooLong(field, MAX_SEARCH_LENGTH);
  return term || null;
}
