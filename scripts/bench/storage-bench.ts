import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { numbersDocSchema } from '@main/services/orders/numbers-store';
import { openDocument } from '@main/storage/document-store';
import { createTestConf, openServices } from '@test/support/harness';
import { numbersDataset } from '@test/support/numbers-dataset';
import { validAnswers } from '@test/support/valid-order';

import { type Figure, medianMs } from './measure';

/** Saving a draft of 100,000 numbers, and autosaving one field of it, on real files through the real services. */
export async function storageFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-'));
  try {
    const { text } = numbersDataset({ size: 100_000, seed: 2 });
    // The list as PortDesk keeps it: one number (or range) a line.
    const source = text.replaceAll(', ', '\n');
    let round = 0;
    // A different list each time (one line changes), so every save really writes.
    const nextSource = () => `${source}\n+1425882${String(1000 + (round++ % 9000))}`;

    // The write itself, through the app's own document store (conf: atomic write, then rename).
    const doc = openDocument({
      createConf: createTestConf,
      dir,
      name: 'bench.numbers',
      schema: numbersDocSchema,
      defaults: { source: '' },
      now: () => new Date(),
    });
    const write = await medianMs(5, () => {
      doc.set({ source: nextSource() });
      doc.flush();
    });

    const services = openServices(dir);
    const { handlers } = services;
    const order = await handlers.createOrder(undefined);
    const answers = validAnswers(new Date());
    const save = await medianMs(5, async () => {
      await handlers.saveOrderNumbers({ id: order.id, source: nextSource() });
      services.flushAll();
    });
    const autosave = await medianMs(15, async () => {
      await handlers.saveOrderStep({
        id: order.id,
        step: 'account',
        values: { ...answers.account, orderName: `Bench ${round++}` },
      });
      services.flushAll();
    });
    return [
      {
        name: 'save a draft of 100,000 numbers to disk (its own file, atomic; median of 5)',
        value: write,
        unit: 'ms',
        target: 150,
        better: 'lower',
      },
      {
        name: '  the same save through main, which first re-checks every number',
        value: save,
        unit: 'ms',
        target: undefined,
        better: 'lower',
      },
      {
        name: 'autosave one field of that draft (numbers not rewritten; median of 15)',
        value: autosave,
        unit: 'ms',
        target: 20,
        better: 'lower',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
