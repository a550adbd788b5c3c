import { decodeWindows1252 } from './windows-1252';

/** The largest file PortDesk imports: far above 100,000 numbers with a few columns each. */
export const maxImportBytes = 25 * 1024 * 1024;

export type DecodedFile =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252' }
  | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A numbers file's bytes as text: UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1252 (which Latin-1 files are); spreadsheets and other binary files refused
 * with a message that says what to do instead.
 */
export function decodeNumbersFile(
  bytes: Uint8Array,
  fileName: string,
  /** The file's real size, when only its first bytes were read (a file over the limit is not loaded whole). */
  size = bytes.length,
): DecodedFile {
  if (size === 0)
    return { ok: false, message: `${fileName} is empty: there are no numbers in it.` };
  if (size > maxImportBytes) {
    return {
      ok: false,
      message: `${fileName} is ${megabytes(size)}; PortDesk imports files up to ${megabytes(maxImportBytes)}. Split it into smaller files, or keep only the column of numbers.`,
    };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, message: zipMessage(bytes, fileName) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'UTF-16LE',
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'UTF-16BE',
    };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16)
    return { ok: true, text: new TextDecoder(utf16.toLowerCase()).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message: `${fileName} is not a text file. Import a CSV or TXT file with one number a line, or numbers separated by commas.`,
    };
  }
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'UTF-8',
    };
  } catch {
    // Not UTF-8: Windows-1252 reads every byte, and is what "Latin-1" files from Excel on Windows are.
    return { ok: true, text: decodeWindows1252(body), encoding: 'Windows-1252' };
  }
}

/** NUL bytes or many control characters in the first 8 KB: text files have neither. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length / 20;
}

/**
 * UTF-16 saved without a byte-order mark (some exports do): text whose every other byte
 * is zero. The side of the zeros tells the byte order.
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'UTF-16LE';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'UTF-16BE';
  return undefined;
}

/** A ZIP's first entries say what it is: a spreadsheet (.xlsx, .ods), a document, or just an archive. */
function zipMessage(bytes: Uint8Array, fileName: string): string {
  // Entry names are stored as plain text in each local header near the start.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const spreadsheet = /xl\//.test(head) || head.includes('opendocument.spreadsheet');
  if (spreadsheet || (/\.xlsx?$/i.test(fileName) && head.includes('[Content_Types].xml'))) {
    return `${fileName} is a workbook (such as an Excel .xlsx file), not text. Save it as CSV and import that.`;
  }
  if (/word\//.test(head) || head.includes('opendocument.text')) {
    return `${fileName} is a word-processing document, not a list of numbers. Copy the numbers into a CSV or TXT file and import that.`;
  }
  return `${fileName} is a ZIP archive, not a list of numbers. Unzip it and import the CSV or TXT file inside.`;
}
