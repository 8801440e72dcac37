/**
 * CSV as spreadsheets write it (RFC 4180 quoting, CRLF or LF), with the separator guessed from
 * the header line: Russian Excel writes «;», others «,» or a tab.
 */
export function detectCsvSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((sep) => [sep, firstLine.split(sep).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ";";
}

/** Rows of cells; stops after `maxRows` rows (the caller refuses a longer file). */
export function parseCsv(text: string, separator = detectCsvSeparator(text), maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      endRow();
      if (rows.length >= maxRows) return rows;
      if (c === "\r" && text[i + 1] === "\n") i++;
    } else cell += c;
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/** A cell a spreadsheet would read as a formula («=», «+», «-», «@» first) is written with «'» before it. */
export function csvSafeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The «'» `csvSafeCell` put before a formula-looking cell comes off again when the file is read back. */
export function unescapeCsvCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** One CSV line: cells quoted where needed, formula-looking cells defused. */
export function csvLine(cells: readonly string[], separator = ";"): string {
  return cells
    .map((raw) => {
      const value = csvSafeCell(raw);
      return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(separator);
}
