import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openDocument } from '@main/storage/document-store';
import { numbersListFormat } from '@main/storage/formats/small-files';
import { createTestConf, openServices } from '@tools/harness';
import { numbersDataset } from '@tools/numbers-dataset';
import { validAnswers } from '@tools/valid-order';

import { type Figure, medianMs } from './measure';

/** The plainest durable write of the same bytes: one file, written and fsynced in place (no temp file, no rename). */
function plainWrite(file: string, text: string): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Saving a draft of 100,000 numbers, and autosaving one field of it, on real files through
 * the real services. Every save is on disk when it is answered (temp file, fsync, rename),
 * so these are the times an admin's save takes.
 */
export async function storageFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-'));
  try {
    const { text } = numbersDataset({ size: 100_000, seed: 2 });
    // The list as PortDesk keeps it: one number (or range) a line.
    const source = text.replaceAll(', ', '\n');
    let round = 0;
    // A different list each time (one line changes), so every save really writes.
    const nextSource = () => `${source}\n+1425882${String(1000 + (round++ % 9000))}`;

    const doc = openDocument({
      createConf: createTestConf,
      dir,
      name: 'bench.numbers',
      format: numbersListFormat,
      defaults: { source: '' },
      now: () => new Date(),
    });
    const write = await medianMs(5, () => doc.set({ source: nextSource() }));
    const plain = await medianMs(5, () =>
      plainWrite(
        join(dir, 'plain.json'),
        JSON.stringify({ schemaVersion: 1, data: { source: nextSource() } }, undefined, '\t'),
      ),
    );

    const services = openServices(dir);
    const { handlers } = services;
    const order = await handlers.createOrder(undefined);
    const answers = validAnswers(new Date());
    const save = await medianMs(5, () =>
      handlers.saveOrderNumbers({ id: order.id, source: nextSource() }),
    );
    const autosave = await medianMs(15, () =>
      handlers.saveOrderStep({
        id: order.id,
        step: 'details',
        values: { ...answers.details, orderName: `Bench ${round++}` },
      }),
    );
    const saved = await handlers.getOrder({ id: order.id });
    const plainOrder = await medianMs(15, () =>
      plainWrite(join(dir, 'plain-order.json'), JSON.stringify({ data: saved }, undefined, '\t')),
    );
    return [
      {
        name: 'save a draft of 100,000 numbers to disk (checked, temp file, fsync, rename; median of 5)',
        value: write,
        unit: 'ms',
        target: 150,
        better: 'lower',
        baseline: { name: 'a plain write + fsync of the same bytes', value: plain },
      },
      {
        name: '  the same save through main, which first re-checks every number',
        value: save,
        unit: 'ms',
        target: undefined,
        better: 'lower',
      },
      {
        name: 'autosave one field of that draft, on disk when answered (numbers not rewritten; median of 15)',
        value: autosave,
        unit: 'ms',
        target: 20,
        better: 'lower',
        baseline: { name: "a plain write + fsync of the order's bytes", value: plainOrder },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
