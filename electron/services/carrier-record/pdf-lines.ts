/** A piece of text on a page, where pdf.js places it: x and y of its baseline start, in points. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A page's text as lines in reading order: top to bottom, left to right, pieces on one
 * baseline joined into one line. Horizontal gaps become spaces at the page's average
 * character width, so columns stay under their headers and a wide gap reads as two or
 * more spaces (how the record reader tells a label from its value). Vertical gaps of more
 * than a line become blank lines, so a PDF made from a text keeps its line numbers.
 */
export function pageLines(items: readonly PlacedText[]): string[] {
  const pieces = items.filter((i) => i.text.trim() !== '');
  if (pieces.length === 0) return [];
  const charWidth = averageCharWidth(pieces);
  const left = Math.min(...pieces.map((p) => p.x));
  const rows = groupRows(pieces);
  const pitch = linePitch(rows.map((r) => r.y));
  const lines: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0 && pitch > 0) {
      const blank = Math.round((rows[r - 1]!.y - row.y) / pitch) - 1;
      for (let k = 0; k < Math.min(blank, 20); k++) lines.push('');
    }
    lines.push(rowText(row.pieces, left, charWidth));
  });
  return lines;
}

function averageCharWidth(pieces: readonly PlacedText[]): number {
  const chars = pieces.reduce((n, p) => n + p.text.length, 0);
  const width = pieces.reduce((w, p) => w + p.width, 0);
  return width > 0 && chars > 0 ? width / chars : 5;
}

/** Pieces whose baselines are within a third of their height are on one line. */
function groupRows(pieces: readonly PlacedText[]) {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; pieces: PlacedText[] }[] = [];
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - p.y) <= Math.max(1, p.height / 3)) row.pieces.push(p);
    else rows.push({ y: p.y, pieces: [p] });
  }
  for (const row of rows) row.pieces.sort((a, b) => a.x - b.x);
  return rows;
}

/** The usual distance between lines: the smallest gap that is common, to tell a blank line from a line. */
function linePitch(ys: readonly number[]): number {
  const gaps = ys
    .slice(1)
    .map((y, i) => Math.round((ys[i]! - y) * 10) / 10)
    .filter((g) => g > 0);
  if (gaps.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function rowText(pieces: readonly PlacedText[], left: number, charWidth: number): string {
  let line = '';
  let end = left;
  for (const p of pieces) {
    const gap = p.x - end;
    const column = Math.round((p.x - left) / charWidth);
    // At least one space for a visible gap, two for a wide one; more to reach the piece's column.
    const least = line === '' ? 0 : gap > charWidth * 1.5 ? 2 : gap > charWidth * 0.2 ? 1 : 0;
    line += ' '.repeat(Math.max(least, column - line.length)) + p.text;
    end = p.x + p.width;
  }
  return line.trimEnd();
}
