/**
 * An incident's scope by premises, typed as ranges: «1-20, 35, 12а» (a hyphen or a dash between two
 * numbers is a range of premise numbers; anything else is one premise's number).
 */
export type PremiseRange = { from: number; to: number } | { exact: string };

const RANGE = /^(\d+)-(\d+)$/;

/** The ranges typed, or the first piece that is not one (to show at the field). */
export function parsePremiseRanges(text: string): { ranges: PremiseRange[] } | { invalid: string } {
  const ranges: PremiseRange[] = [];
  for (const piece of text.replace(/\s*[-–—]\s*/g, "-").split(/[,;\s]+/)) {
    const part = piece.trim();
    if (!part) continue;
    const range = RANGE.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to) return { invalid: part };
      ranges.push({ from, to });
    } else if (/^[\p{L}\d/-]+$/u.test(part)) {
      ranges.push({ exact: part.toLocaleLowerCase("ru") });
    } else {
      return { invalid: part };
    }
  }
  return { ranges };
}

/** The premise's number as a whole number, when it is one («12» is 12; «12а» is not). */
const whole = (number: string): number | null => (/^\d+$/.test(number.trim()) ? Number(number.trim()) : null);

/** The premises the ranges name, and each exact number no premise has. */
export function premisesInRanges<P extends { number: string }>(premises: readonly P[], ranges: readonly PremiseRange[]): { premises: P[]; missing: string[] } {
  const chosen = premises.filter((p) =>
    ranges.some((r) => {
      if ("exact" in r) return p.number.trim().toLocaleLowerCase("ru") === r.exact;
      const n = whole(p.number);
      return n !== null && n >= r.from && n <= r.to;
    }),
  );
  const missing = ranges.flatMap((r) => ("exact" in r && !premises.some((p) => p.number.trim().toLocaleLowerCase("ru") === r.exact) ? [r.exact] : []));
  return { premises: chosen, missing };
}

/** Premise numbers written back as ranges: runs of consecutive whole numbers become «a–b». */
export function premiseRangesText(numbers: readonly string[]): string {
  const wholes = [...new Set(numbers.map(whole).filter((n): n is number => n !== null))].sort((a, b) => a - b);
  const others = numbers.filter((n) => whole(n) === null);
  const parts: string[] = [];
  for (let i = 0; i < wholes.length; ) {
    let j = i;
    while (j + 1 < wholes.length && wholes[j + 1] === wholes[j]! + 1) j++;
    parts.push(j === i ? String(wholes[i]) : `${wholes[i]}–${wholes[j]}`);
    i = j + 1;
  }
  return [...parts, ...others].join(", ");
}
