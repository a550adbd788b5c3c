import { checkNumbers } from '@shared/numbers/check-numbers';
import { decodeNumbersFile } from '@shared/numbers/decode-file';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { type NumberEntry, readList, readNumbers } from '@shared/numbers/read-numbers';
import metadata from 'libphonenumber-js/metadata.max.json';

import type { AddedInfo, NumbersJob, NumbersReply } from './numbers-job';

// Off the page's thread: reading and checking 100,000 numbers must never freeze the window.
const classify = createNanpClassifier(metadata);
const post = (reply: NumbersReply) => postMessage(reply);

/** The list keeps one number (or range) a line, whatever shape the incoming text had. */
function toLines(entries: NumberEntry[]): string[] {
  const lines: string[] = [];
  let last: NumberEntry | undefined;
  for (const entry of entries) {
    if (!last || entry.line !== last.line || entry.input !== last.input) lines.push(entry.input);
    last = entry;
  }
  return lines;
}

function run(job: NumbersJob): NumbersReply {
  let source = job.source;
  let added: AddedInfo | undefined;
  if (job.kind === 'add') {
    let text: string;
    if ('bytes' in job.incoming) {
      post({ kind: 'progress', stage: 'Reading the file', share: 0.1 });
      const decoded = decodeNumbersFile(new Uint8Array(job.incoming.bytes), job.incoming.fileName);
      if (!decoded.ok) return { kind: 'refused', message: decoded.message };
      text = decoded.text;
      added = {
        fileName: job.incoming.fileName,
        encoding: decoded.encoding,
        columns: [],
        columnUnclear: false,
        added: 0,
        lineProblems: [],
      };
    } else {
      text = job.incoming.text;
      // Read by main's open dialog (in the app): the file's name still heads the messages.
      if (job.incoming.fileName)
        added = {
          fileName: job.incoming.fileName,
          columns: [],
          columnUnclear: false,
          added: 0,
          lineProblems: [],
        };
    }
    post({ kind: 'progress', stage: 'Reading the numbers', share: 0.3 });
    const read = readNumbers(text, job.column === undefined ? {} : { column: job.column });
    const lines = toLines(read.entries);
    const name = added?.fileName ?? 'The text';
    if (lines.length === 0) {
      const why = read.header
        ? `has a header row ("${read.header}") but no numbers under it`
        : read.lineProblems.length > 0
          ? 'has no line PortDesk could read'
          : 'has no numbers in it';
      return {
        kind: 'refused',
        message: [`${name} ${why}.`, ...read.lineProblems.map((p) => p.message)].join(' '),
      };
    }
    added = {
      ...added,
      ...(read.header === undefined ? {} : { header: read.header }),
      columns: read.columns,
      ...(read.column === undefined ? {} : { column: read.column }),
      columnUnclear: read.columnUnclear,
      added: lines.length,
      lineProblems: read.lineProblems,
    };
    source = source === '' ? lines.join('\n') : `${source}\n${lines.join('\n')}`;
  }
  post({ kind: 'progress', stage: 'Checking every number', share: 0.6 });
  const check = checkNumbers(readList(source), { classify, elsewhere: new Map(job.elsewhere) });
  return added ? { kind: 'done', source, check, added } : { kind: 'done', source, check };
}

onmessage = (event: MessageEvent<NumbersJob>) => post(run(event.data));
