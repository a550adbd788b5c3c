import Papa from 'papaparse';

/**
 * A record exported as CSV (the VoIP portals' "account export") read like a printed one:
 * the cells of each table are set in aligned columns two spaces apart, so a header's labels
 * sit above their values and `Label,value` rows read as `Label  value`. Lines keep their
 * numbers. Outside a CSV file, only runs of two or more lines with the same three or more
 * cells are tables: one comma is how addresses are written ("Redmond, WA").
 */
export function csvAsColumns(lines: readonly string[]): string[] {
  const cells = lines.map(cellsOf);
  const filled = lines.filter((l) => l.trim() !== '');
  const csvFile =
    filled.length >= 3 && cells.filter((c) => c.length >= 2).length >= filled.length * 0.7;
  const out = [...lines];
  for (let i = 0; i < lines.length;) {
    const width = cells[i]!.length;
    let j = i + 1;
    while (j < lines.length && cells[j]!.length === width) j++;
    const isTable = width >= 2 && (csvFile || (width >= 3 && j - i >= 2));
    if (isTable) align(cells.slice(i, j)).forEach((line, k) => (out[i + k] = line));
    i = j;
  }
  return out;
}

/** The cells of one line when it is delimited by commas or tabs, else one cell. */
function cellsOf(line: string): string[] {
  if (!/[,\t]/.test(line)) return [line];
  const parsed = Papa.parse<string[]>(line, { delimiter: line.includes('\t') ? '\t' : ',' });
  const row = parsed.errors.length === 0 ? parsed.data[0] : undefined;
  return row && row.length >= 2 ? row.map((c) => c.trim()) : [line];
}

function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]! + 2)))
      .join('')
      .trimEnd(),
  );
}
