/**
 * The crash test's worker: the real services on a data folder, saving in a loop as fast as
 * it can, printing one line after each save main answered ("acknowledged"). The parent kills
 * it with SIGKILL at a random moment and checks that everything acknowledged is on disk.
 *
 *   node child.mjs <dataDir> <first counter> <seed>
 */
import { createDispatcher } from '@main/ipc-dispatcher';
import { type SaveOrderStepInput } from '@shared/schemas/order';
import type { RecordStatusInput } from '@shared/schemas/order-status';
import { openServices } from '@tools/harness';
import { typedCalls } from '@tools/typed-calls';
import { validAnswers, validNumbersSource } from '@tools/valid-order';

import { manualClock } from '../service-app';
import {
  bigList,
  type CrashAck,
  crashAnswersName,
  crashListName,
  listWithCounter,
} from './protocol';

const [dataDir = '', firstCounter = '1', seedArg = '1'] = process.argv.slice(2);
let counter = Number(firstCounter);
let seed = Number(seedArg);
const random = () => {
  // mulberry32: the same seed gives the same run.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const clock = manualClock('2026-11-23T15:00:00.000Z');
const services = openServices(dataDir, [], { now: clock.now });
const dispatch = createDispatcher(services.handlers, {
  isTrustedSender: () => true,
  logError: (message, error) => console.error(message, error),
});
const ack = (line: CrashAck) => process.stdout.write(`${JSON.stringify(line)}\n`);
const { ok } = typedCalls(() => dispatch);

const answers = validAnswers(clock.now());
async function orderNamed(name: string): Promise<string> {
  const found = (await ok('listOrders')).orders.find((o) => o.name === name);
  if (found) return found.id;
  const { id } = await ok('createOrder');
  await ok('saveOrderStep', {
    id,
    step: 'details',
    values: { ...answers.details, orderName: name },
  });
  return id;
}

/** A fresh order through finish, each status, a rejection and a recreate, acknowledging each step. */
async function lifecycle(): Promise<void> {
  const { id } = await ok('createOrder');
  const n = counter++;
  const base = 4000000 + (n % 5000000);
  const source = `+1312${String(base).padStart(7, '0')}\n+1312${String(base + 1).padStart(7, '0')}`;
  await ok('saveOrderNumbers', { id, source });
  for (const step of ['getStarted', 'numbers', 'account', 'documents', 'authorize'] as const)
    await ok('saveOrderStep', { id, step, values: answers[step] } as SaveOrderStepInput);
  await ok('saveOrderStep', {
    id,
    step: 'btn',
    values: { ...answers.btn, btn: source.split('\n')[0]! },
  });
  await ok('saveOrderStep', {
    id,
    step: 'details',
    values: { ...answers.details, orderName: `crash order ${n}` },
  });
  ack({ kind: 'list', id, counter: -1, source });
  await ok('finishOrder', { id });
  ack({ kind: 'status', id, status: 'ready' });
  const steps: RecordStatusInput[] = [
    {
      id,
      status: 'processing',
      microsoftOrderId: `PO-${n}`,
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    },
    { id, status: 'contactingCarrier', note: '' },
    { id, status: 'error', reason: 'btn', details: 'crash test' },
  ];
  for (const input of steps) {
    await ok('recordOrderStatus', input);
    ack({ kind: 'status', id, status: input.status });
  }
  const copy = await ok('recreateOrder', { id });
  ack({ kind: 'recreate', id, copyId: copy.id });
  // The copy claims the numbers now; deleting it keeps the next orders' figures simple.
  await ok('deleteOrder', { id: copy.id });
}

const answersId = await orderNamed(crashAnswersName);
const listId = await orderNamed(crashListName);
for (;;) {
  const pick = random();
  if (pick < 0.55) {
    const n = counter++;
    await ok('saveOrderStep', {
      id: answersId,
      step: 'account',
      values: { ...answers.account, authTitle: `title ${n}` },
    });
    ack({ kind: 'answer', id: answersId, counter: n });
  } else if (pick < 0.85) {
    const n = counter++;
    // Mostly small lists; now and then 100,000 numbers.
    const source = listWithCounter(n, random() < 0.15 ? bigList : validNumbersSource);
    await ok('saveOrderNumbers', { id: listId, source });
    ack({ kind: 'list', id: listId, counter: n, source: source.length > 200 ? '' : source });
  } else {
    await lifecycle();
  }
}
