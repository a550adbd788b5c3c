/** What the crash test's worker prints after each save main acknowledged. */
export type CrashAck =
  | { kind: 'answer'; id: string; counter: number }
  | { kind: 'list'; id: string; counter: number; source: string }
  | { kind: 'status'; id: string; status: string }
  | { kind: 'recreate'; id: string; copyId: string };

export const crashAnswersName = 'crash answers';
export const crashListName = 'crash list';

/** 100,000 valid numbers as a list: ten exchanges of 10,000 numbers, as ranges of 100. */
export const bigList = Array.from({ length: 1000 }, (_, i) => {
  const start = `+1425${String(2000000 + i * 100).padStart(7, '0')}`;
  const end = `+1425${String(2000000 + i * 100 + 99).padStart(7, '0')}`;
  return `${start}-${end}`;
}).join('\n');

/** A list whose first line carries the save's counter (a comment line the numbers reader reports, not a number). */
export function listWithCounter(counter: number, list: string): string {
  return `save ${counter}\n${list}`;
}

/** The counter a list was saved with, or -1. */
export function counterOfList(source: string): number {
  const match = /^save (\d+)\n/.exec(source);
  return match ? Number(match[1]) : -1;
}

/** The order in which the worker records statuses. */
export const statusOrder = [
  'draft',
  'ready',
  'processing',
  'contactingCarrier',
  'error',
  'cancelled',
];
