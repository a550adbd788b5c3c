import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

import { fitLine, wrapText } from './loa-pdf-text';

// US Letter in points, with the margins of a typed business letter.
export const pageSize: [number, number] = [612, 792];
export const margin = 54;
export const width = pageSize[0] - 2 * margin;
/** Below the header line (company and account) and above the footer (page X of Y). */
export const bodyTop = pageSize[1] - margin - 24;
export const bodyBottom = margin + 20;
export const ink = rgb(0.1, 0.1, 0.1);
export const grey = rgb(0.38, 0.38, 0.38);
export const rule = rgb(0.75, 0.75, 0.75);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Lays text down a page; `y` is where the next thing goes, moving down, and a full page makes a new one. */
export class Pen {
  page!: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly headerLine: string,
  ) {
    this.newPage();
  }

  /** A new page with the header line, so a loose page can be matched to its letter. */
  newPage(): void {
    this.page = this.doc.addPage(pageSize);
    const top = pageSize[1] - margin;
    const { line, size } = fitLine(this.headerLine, this.fonts.regular, 8.5, 6.5, width);
    this.page.drawText(line, {
      x: margin,
      y: top - 8,
      size,
      font: this.fonts.regular,
      color: grey,
    });
    this.page.drawLine({
      start: { x: margin, y: top - 13 },
      end: { x: margin + width, y: top - 13 },
      thickness: 0.5,
      color: rule,
    });
    this.y = bodyTop;
  }

  /** Starts a new page when `height` no longer fits: only unusually long details push page 1 over. */
  room(height: number): void {
    if (this.y - height < bodyBottom) this.newPage();
  }

  /** Wrapped text at `x`, `w` wide, `dy` below the pen; returns the height of its lines. */
  text(value: string, x: number, w: number, size: number, bold = false, dy = 0): number {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const lead = size * 1.3;
    const lines = wrapText(value, font, size, w);
    lines.forEach((line, i) =>
      this.page.drawText(line, { x, y: this.y - dy - size - i * lead, size, font, color: ink }),
    );
    return lines.length * lead;
  }

  /** A full-width paragraph kept whole on one page. */
  paragraph(value: string, size: number, bold = false, after = 8): void {
    this.room(this.height(value, size, width, bold));
    this.y -= this.text(value, margin, width, size, bold) + after;
  }

  /** How tall `value` is once wrapped to `w`. */
  height(value: string, size: number, w: number, bold = false): number {
    return (
      wrapText(value, bold ? this.fonts.bold : this.fonts.regular, size, w).length * size * 1.3
    );
  }
}
