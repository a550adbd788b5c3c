import { createForeignNamer } from '@shared/numbers/foreign-number';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import metadata from 'libphonenumber-js/metadata.max.json';

import type { NumbersJob, NumbersReply } from './numbers-job';
import { type JobTools, runNumbersJob } from './numbers-run';

// Off the page's thread: reading and checking 100,000 numbers must never freeze the window.
const tools: JobTools = {
  classify: createNanpClassifier(metadata),
  foreign: createForeignNamer(metadata),
  post: (reply) => postMessage(reply),
  postRows: (columns, transfer) =>
    postMessage({ kind: 'rows', columns } satisfies NumbersReply, { transfer }),
};

onmessage = (event: MessageEvent<NumbersJob>) => tools.post(runNumbersJob(event.data, tools));
