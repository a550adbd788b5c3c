import { csvAsColumns } from './csv-lines';
import { fold } from './fold';
import { frenchWords } from './labels';
import { readFields } from './read-fields';
import { readRecordDate } from './record-date';
import { readRecordNumbers } from './record-numbers';
import { type CarrierRecord, recordFieldIds } from './types';

/** Longer than any carrier record's page count would make it; past it the rest is not read. */
export const maxRecordLines = 20_000;

/**
 * Reads a carrier's record (a CSR, an Equipment Record, a bill's first page) from its text:
 * each labeled field with its line and its other candidates, and the account's numbers
 * with the features beside them. A field without a label is left undefined, never guessed.
 */
export function readCarrierRecord(text: string): CarrierRecord {
  const all = text.replace(/\f/g, '').split(/\r\n|\r|\n/);
  const problems: CarrierRecord['problems'] = [];
  if (all.length > maxRecordLines)
    problems.push({
      line: maxRecordLines + 1,
      message: `The record has ${all.length.toLocaleString('en-US')} lines; the first ${maxRecordLines.toLocaleString('en-US')} were read.`,
    });
  const lines = csvAsColumns(all.slice(0, maxRecordLines)).map((l) => l.replace(/\t/g, '    '));
  const { fields, spans } = readFields(lines);
  const scan = readRecordNumbers(lines, spans);
  const language = frenchWords.test(fold(text.slice(0, 20_000))) ? 'fr' : 'en';
  const numbers = [...scan.numbers];
  // A BTN is a number of its account even when the record lists it only under its label.
  for (const btn of scan.btnNumbers)
    if (!numbers.some((n) => n.e164 === btn.e164))
      numbers.push({ ...btn, features: [], onlyAsBtn: true });
  const date = fields.recordDate && readRecordDate(fields.recordDate.value, language);
  if (fields.recordDate && !date)
    problems.push({
      line: fields.recordDate.line,
      message: `Line ${fields.recordDate.line}: "${fields.recordDate.value}" does not read as a date; check the record's date yourself.`,
    });
  return {
    fields: Object.fromEntries(
      recordFieldIds.map((id) => [id, fields[id]]),
    ) as CarrierRecord['fields'],
    numbers,
    setAside: scan.setAside,
    problems: [...problems, ...scan.problems].sort((a, b) => a.line - b.line),
    ...(date ? { date } : {}),
    language,
  };
}

/** The record with another of a field's candidates used, as the admin picked it. */
export function chooseCandidate(
  record: CarrierRecord,
  field: keyof CarrierRecord['fields'],
  index: number,
): CarrierRecord {
  const current = record.fields[field];
  const chosen = current?.candidates[index];
  if (!current || !chosen) return record;
  const next: CarrierRecord = {
    ...record,
    fields: { ...record.fields, [field]: { ...chosen, candidates: current.candidates } },
  };
  if (field === 'recordDate') {
    const date = readRecordDate(chosen.value, record.language);
    if (date) next.date = date;
    else delete next.date;
  }
  return next;
}
