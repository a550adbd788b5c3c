import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { compareWithCarrierRecord } from '@shared/carrier-record/compare-with-carrier-record';
import { readCarrierRecord } from '@shared/carrier-record/read-carrier-record';
import { build, type Rollup } from 'vite';

import { viteAliases } from '../../../aliases';
import { carrierRecordsDir, textRecords } from '../../fixtures/carrier-records/make-pdfs';

interface Engine {
  readCarrierRecord: typeof readCarrierRecord;
  compareWithCarrierRecord: typeof compareWithCarrierRecord;
}

/**
 * The engine runs in the renderer too: parse-address is CommonJS that reaches for
 * `require('xregexp/…')` and falls back to a global, so the bundle Vite makes of it is
 * loaded in real Chromium and must give, for every fixture, what Node gives.
 */
test('the carrier record engine reads and compares the same in Chromium as in Node', async ({
  page,
}) => {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: viteAliases },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(import.meta.dirname, 'bundle-entry.ts'),
        formats: ['iife'],
        name: 'engine',
      },
    },
  })) as Rollup.RollupOutput[];
  const code = output[0]!.output.find((o) => o.type === 'chunk')!.code;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setContent('<!doctype html><title>engine</title>');
  await page.addScriptTag({ content: code });

  for (const name of Object.keys(textRecords)) {
    const text = readFileSync(join(carrierRecordsDir, `${name}.txt`), 'utf8');
    const { today, order, orderNumbers } = JSON.parse(
      readFileSync(join(carrierRecordsDir, `${name}.expected.json`), 'utf8'),
    );
    const inNode = compareWithCarrierRecord(
      order,
      orderNumbers,
      readCarrierRecord(text),
      new Date(`${today}T12:00:00`),
    );
    const inChromium = await page.evaluate(
      ([t, o, n, d]) => {
        const engine = (globalThis as unknown as { carrierRecordEngine: Engine })
          .carrierRecordEngine;
        return engine.compareWithCarrierRecord(o, n, engine.readCarrierRecord(t), new Date(d));
      },
      [text, order, orderNumbers, `${today}T12:00:00`] as const,
    );
    expect(inChromium, name).toEqual(inNode);
  }
  expect(errors).toEqual([]);
});
