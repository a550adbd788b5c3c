import { checkNumbers } from '@shared/numbers/check-numbers';
import { decodeNumbersFile } from '@shared/numbers/decode-file';
import type { ForeignNamer } from '@shared/numbers/foreign-number';
import { listLines } from '@shared/numbers/list-lines';
import type { NanpVerdict } from '@shared/numbers/nanp-classifier';
import { readList, readNumbers, type ReadNumbersResult } from '@shared/numbers/read-numbers';

import {
  type AddedInfo,
  type NumbersJob,
  type NumbersReply,
  rowsSliceSize,
  type SetAsideColumn,
  setAsideShown,
} from './numbers-job';
import { buffersOf, type RowColumns, toColumns } from './row-columns';

/** What a job runs with: the worker's checkers, and how it posts progress and the rows' slices. */
export interface JobTools {
  classify: (national: string) => NanpVerdict;
  foreign: ForeignNamer;
  post: (reply: NumbersReply) => void;
  /** Sends a slice of rows, its buffers moved (not copied) to the page. */
  postRows: (columns: RowColumns, transfer: ArrayBuffer[]) => void;
}

/** The set-aside numbers as the page shows them, by column: the first ones by name, the rest counted with their lines. */
function summarizeSetAside(setAside: ReadNumbersResult['setAside']): SetAsideColumn[] {
  const byColumn = new Map<string, SetAsideColumn>();
  for (const s of setAside) {
    const column = byColumn.get(s.column);
    if (!column) {
      byColumn.set(s.column, {
        column: s.column,
        count: 1,
        firstLine: s.line,
        lastLine: s.line,
        first: [s],
      });
      continue;
    }
    column.count++;
    column.lastLine = s.line;
    if (column.first.length < setAsideShown) column.first.push(s);
  }
  return [...byColumn.values()];
}

/** The incoming text or file as text, or the admin-worded reason it cannot be read. */
function incomingText(job: Extract<NumbersJob, { kind: 'add' }>, post: JobTools['post']) {
  const { incoming } = job;
  if (!('bytes' in incoming)) return { ok: true as const, text: incoming.text };
  post({ kind: 'progress', stage: 'Reading the file', share: 0.1 });
  return decodeNumbersFile(new Uint8Array(incoming.bytes), incoming.fileName);
}

/**
 * Runs one job: reads what is added, checks the whole list as main will (toll-free numbers
 * in the order's country), posts the rows in transferable slices, and returns the result.
 */
export function runNumbersJob(job: NumbersJob, tools: JobTools): NumbersReply {
  const { classify, foreign, post } = tools;
  let source = job.source;
  let added: AddedInfo | undefined;
  if (job.kind === 'add') {
    const decoded = incomingText(job, post);
    if (!decoded.ok) return { kind: 'refused', message: decoded.message };
    post({ kind: 'progress', stage: 'Reading the numbers', share: 0.3 });
    const read = readNumbers(decoded.text, job.column === undefined ? {} : { column: job.column });
    const lines = listLines(read.entries);
    const fileName = job.incoming.fileName;
    if (lines.length === 0) {
      const why = read.header
        ? `has a header row ("${read.header}") but no numbers under it`
        : read.lineProblems.length > 0
          ? 'has no line PortDesk could read'
          : 'has no numbers in it';
      return {
        kind: 'refused',
        message: [
          `${fileName ?? 'The text'} ${why}.`,
          ...read.lineProblems.map((p) => p.message),
        ].join(' '),
      };
    }
    const numbers = read.entries.filter((e) => e.national !== undefined).length;
    added = {
      ...(fileName === undefined ? {} : { fileName }),
      ...('encoding' in decoded ? { encoding: decoded.encoding } : {}),
      ...(read.header === undefined ? {} : { header: read.header }),
      columns: read.columns,
      ...(read.column === undefined ? {} : { column: read.column }),
      columnUnclear: read.columnUnclear,
      added: lines.length,
      numbers,
      toFix: read.entries.length - numbers,
      setAside: summarizeSetAside(read.setAside),
      lineProblems: read.lineProblems,
    };
    source = source === '' ? lines.join('\n') : `${source}\n${lines.join('\n')}`;
  }
  post({ kind: 'progress', stage: 'Checking every number', share: 0.6 });
  const { rows, ...check } = checkNumbers(readList(source), {
    classify,
    foreign,
    elsewhere: new Map(job.elsewhere),
    tollFreeCountry: job.tollFreeCountry,
  });
  // The rows go first, in slices whose buffers move to the page: each reaches it as a short task.
  for (let from = 0; from < rows.length; from += rowsSliceSize) {
    const columns = toColumns(rows, from, Math.min(rows.length, from + rowsSliceSize));
    tools.postRows(columns, buffersOf(columns));
  }
  return added ? { kind: 'done', source, check, added } : { kind: 'done', source, check };
}
