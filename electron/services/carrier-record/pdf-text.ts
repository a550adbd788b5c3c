import { UserFacingError } from '@shared/ipc-error';
import type { getDocumentProxy } from 'unpdf';

import { pageLines, type PlacedText } from './pdf-lines';

/**
 * unpdf 1.6.2 (pdf.js 5.6.205 built into one file, no worker, no canvas) rather than
 * pdfjs-dist 5.6.205, measured on the seven fixture PDFs (test/fixtures/carrier-records):
 * - installed size: unpdf 2.1 MB; pdfjs-dist 40.9 MB, plus its optional dependency
 *   @napi-rs/canvas (33.4 MB of native code for this platform), which npm installs and
 *   electron-builder would ship. Bundled into main by Vite instead: unpdf 2.07 MB in one
 *   chunk; pdfjs-dist 0.87 MB plus pdf.worker.mjs (2.36 MB) to ship and point it at.
 * - speed (the same pdf.js inside, the same 556 text items): all seven documents in a
 *   median 24 ms (unpdf) and 41 ms (pdfjs-dist) on Node 20.20.2, 26 ms and 23 ms on Node
 *   22.20.0, i.e. 3 to 6 ms a document; loading the library and the first pass, 0.3 to
 *   0.7 s for either. No difference that matters; the size decides.
 * - runs on Node 20 (the tests here) and Node 22 (Electron 45): the fixture tests pass on
 *   both. unpdf 1.8 and pdfjs-dist 5.7+ require Node 22, so they would not run the tests.
 */
export const pdfTextLibrary = 'unpdf 1.6.2 (pdf.js 5.6)';

/** Past this many pages a document is not a carrier record; the rest is not read. */
export const maxRecordPages = 50;

const notPdf =
  'This file is not a PDF that can be read. Attach the record as a PDF, or paste its text.';
const scanned =
  "This PDF has no text layer: it is a scan, a picture of the pages, and PortDesk reads only text it can select. Ask the carrier for the record as a PDF with text (most portals export one), or paste the record's text.";

/** The text of a PDF with a text layer, line by line in reading order, pages apart by a blank line. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!startsWithPdf(bytes)) throw new UserFacingError('invalid-input', notPdf);
  // Loaded when a record is first read, not at start: pdf.js is 2 MB of main's 4 MB of
  // libraries, and compiling it held up every start (`npm run bench`, start on the double).
  const { getDocumentProxy: open } = await import('unpdf');
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes the buffer over, and the caller may still need its bytes.
    document = await open(bytes.slice(), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new UserFacingError(
      'invalid-input',
      name === 'PasswordException'
        ? 'This PDF is protected by a password. Save it without the password (print it to PDF), then attach it again.'
        : notPdf,
    );
  }
  try {
    const pages: string[][] = [];
    for (let p = 1; p <= Math.min(document.numPages, maxRecordPages); p++) {
      const page = await document.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.flatMap((item) => ('str' in item ? [placed(item)] : []))));
    }
    if (pages.every((lines) => lines.length === 0))
      throw new UserFacingError('invalid-input', scanned);
    return pages.map((lines) => lines.join('\n')).join('\n\n');
  } finally {
    await document.destroy();
  }
}

function placed(item: {
  str: string;
  transform: number[];
  width: number;
  height: number;
}): PlacedText {
  return {
    text: item.str,
    x: item.transform[4]!,
    y: item.transform[5]!,
    width: item.width,
    height: item.height || Math.abs(item.transform[3]!),
  };
}

const startsWithPdf = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
