import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

import type { LoaLetter } from './loa-letter';
import { bodyBottom, bodyTop, grey, ink, margin, Pen, rule, width } from './loa-pdf-pen';
import { assertPrintable } from './loa-pdf-text';

const stripe = rgb(0.94, 0.95, 0.97);
const numberSize = 9.5;
const numberRow = 12.5;
const numberHeading = 28;

/** How the numbers are laid out after page 1: columns read top to bottom, then left to right. */
export const loaNumbersLayout = {
  columns: 5,
  rowsPerPage: Math.floor((bodyTop - numberHeading - bodyBottom) / numberRow),
  get perPage(): number {
    return this.columns * this.rowsPerPage;
  },
};

/** The details block: two columns of label and value pairs, each pair on one row. */
function drawFields(pen: Pen, letter: LoaLetter): void {
  const gap = 24;
  const colW = (width - gap) / 2;
  const labelW = colW * 0.42;
  const rows = Math.max(letter.columns[0].length, letter.columns[1].length);
  for (let r = 0; r < rows; r++) {
    const cells = letter.columns.map((col) => col[r]);
    const h =
      6 +
      Math.max(
        ...cells.map((c) =>
          c
            ? Math.max(
                pen.height(c.label, 8.5, labelW - 8, true),
                pen.height(c.value, 10, colW - labelW),
              )
            : 0,
        ),
      );
    pen.room(h);
    cells.forEach((c, i) => {
      if (!c) return;
      const x = margin + i * (colW + gap);
      pen.text(c.label, x, labelW - 8, 8.5, true, 1);
      pen.text(c.value, x + labelW, colW - labelW, 10);
      pen.page.drawLine({
        start: { x, y: pen.y - h + 2 },
        end: { x: x + colW, y: pen.y - h + 2 },
        thickness: 0.4,
        color: rule,
      });
    });
    pen.y -= h;
  }
  pen.y -= 14;
}

/** Lines to sign on, side by side: each value sits on its line (a long one wraps upwards), its caption below. */
function drawSignLines(pen: Pen, items: [value: string, caption: string, w: number][]): void {
  const size = 11;
  const lead = size * 1.3;
  const rows = items.map(([value, , w]) =>
    Math.max(1, Math.round(pen.height(value, size, w - 4) / lead)),
  );
  const ruleAt = Math.max(...rows) * lead + 14;
  pen.room(ruleAt + 22);
  let x = margin;
  items.forEach(([value, caption, w], i) => {
    pen.text(value, x + 2, w - 4, size, false, ruleAt - 4 - size - ((rows[i] ?? 1) - 1) * lead);
    pen.page.drawLine({
      start: { x, y: pen.y - ruleAt },
      end: { x: x + w, y: pen.y - ruleAt },
      thickness: 0.8,
      color: ink,
    });
    pen.page.drawText(caption, {
      x,
      y: pen.y - ruleAt - 10,
      size: 8,
      font: pen.fonts.regular,
      color: grey,
    });
    x += w + 36;
  });
  pen.y -= ruleAt + 22;
}

/** Every number, in columns, on as many pages as they need. */
function drawNumbers(pen: Pen, letter: LoaLetter): void {
  const { columns, rowsPerPage, perPage } = loaNumbersLayout;
  const colW = width / columns;
  for (let start = 0; start < letter.numbers.length; start += perPage) {
    pen.newPage();
    pen.text(
      start === 0 ? letter.numbersHeading : letter.numbersContinued,
      margin,
      width,
      13,
      true,
    );
    const top = pen.y - numberHeading;
    const chunk = letter.numbers.slice(start, start + perPage);
    // Light stripes every other row keep a row easy to follow across the columns.
    for (let r = 1; r < Math.min(rowsPerPage, chunk.length); r += 2) {
      pen.page.drawRectangle({
        x: margin,
        y: top - (r + 1) * numberRow,
        width,
        height: numberRow,
        color: stripe,
      });
    }
    chunk.forEach((n, i) => {
      const x = margin + 6 + Math.floor(i / rowsPerPage) * colW;
      pen.page.drawText(n, {
        x,
        y: top - ((i % rowsPerPage) + 1) * numberRow + 3.5,
        size: numberSize,
        font: pen.fonts.regular,
        color: ink,
      });
    });
  }
}

/** The letter of authorization as a PDF: page 1 the letter, then every number; refuses a value the PDF cannot print. */
export async function buildLoaPdf(letter: LoaLetter): Promise<Uint8Array> {
  // No automatic metadata: pdf-lib would stamp the current time and no two runs would give the same bytes.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  assertPrintable(letter, fonts.regular);

  const pen = new Pen(doc, fonts, letter.headerLine);
  pen.paragraph(letter.title, 16, true, 10);
  pen.paragraph(letter.intro, 10, false, 16);
  drawFields(pen, letter);
  pen.paragraph(letter.statementsHeading, 11.5, true, 4);
  letter.statements.forEach((s, i) => {
    pen.room(pen.height(s, 10, width - 18));
    pen.text(`${i + 1}.`, margin, 16, 10);
    pen.y -= pen.text(s, margin + 18, width - 18, 10) + 5;
  });
  pen.y -= 12;
  const sig = letter.signature;
  pen.paragraph(sig.heading, 11.5, true, 0);
  drawSignLines(pen, [
    [sig.typed, sig.signatureLabel, 300],
    [sig.date, sig.dateLabel, width - 336],
  ]);
  drawSignLines(pen, [
    [sig.name, sig.nameLabel, 300],
    [sig.title, sig.titleLabel, width - 336],
  ]);
  drawNumbers(pen, letter);

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = letter.footer
      .replace('{page}', String(i + 1))
      .replace('{pages}', String(pages.length));
    const w = fonts.regular.widthOfTextAtSize(footer, 8.5);
    page.drawLine({
      start: { x: margin, y: margin + 11 },
      end: { x: margin + width, y: margin + 11 },
      thickness: 0.5,
      color: rule,
    });
    page.drawText(footer, {
      x: margin + (width - w) / 2,
      y: margin,
      size: 8.5,
      font: fonts.regular,
      color: grey,
    });
  });

  const dated = new Date(letter.datedAt);
  doc.setTitle(letter.metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(letter.metadata.author);
  doc.setSubject(letter.metadata.subject);
  doc.setCreator('PortDesk');
  doc.setProducer('PortDesk');
  doc.setLanguage(letter.language);
  doc.setCreationDate(dated);
  doc.setModificationDate(dated);
  return doc.save();
}
