/** `%term%` for ILIKE, with the user's own % and _ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Trimmed search text, or null when there is nothing to search for. */
export function searchTerm(input: string | null | undefined): string | null {
  const term = input?.trim();
  return term ? term.slice(0, 200) : null;
}
