/**
 * The sort key of a premise number: its leading digits padded to six, the rest as written, so that
 * «2» < «9а» < «10» < «10а» < «100». Numbers without leading digits («подвал») sort after them all.
 */
export function premiseSortKey(number: string): string {
  const match = /^(\d+)(.*)$/.exec(number.trim());
  if (!match) return `~${number.trim().toLowerCase()}`;
  const [, lead, rest] = match;
  const n = lead!.replace(/^0+(?=\d)/, "");
  return n.padStart(6, "0") + rest!.toLowerCase();
}
