import { NumberRows } from '@renderer/features/wizard/numbers/number-rows';
import {
  matchesFilter,
  type NumbersFilter,
} from '@renderer/features/wizard/numbers/numbers-counts';
import {
  type NumbersJob,
  type NumbersReply,
  rowsSliceSize,
} from '@renderer/features/wizard/numbers/numbers-job';
import { runNumbersJob } from '@renderer/features/wizard/numbers/numbers-run';
import type { RowColumns } from '@renderer/features/wizard/numbers/row-columns';
import { createForeignNamer } from '@shared/numbers/foreign-number';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { tollFreeCountryOf } from '@shared/order/toll-free-country';
import type { Order } from '@shared/schemas/order';
import metadata from 'libphonenumber-js/metadata.max.json';
import { afterEach, describe, expect, it } from 'vitest';

import { cleanUp, start, tempDir } from '../support/service-app';

const classify = createNanpClassifier(metadata as never);
const foreign = createForeignNamer(metadata as never);

/** Runs a job as the worker does, collecting the rows' slices it posts; returns what the page gets. */
function runJob(job: NumbersJob) {
  const slices: RowColumns[] = [];
  const posted: NumbersReply[] = [];
  const reply = runNumbersJob(job, {
    classify,
    foreign,
    post: (r) => posted.push(r),
    postRows: (columns) => slices.push(columns),
  });
  if (reply.kind !== 'done') throw new Error(`the job was refused: ${JSON.stringify(reply)}`);
  const rows = new NumberRows(slices, rowsSliceSize);
  const shown = (filter: NumbersFilter) => {
    const view = rows.select((r) => matchesFilter(r, filter));
    return Array.from({ length: view.length }, (_, i) => view.at(i)!.e164);
  };
  return { ...reply, rows, shown };
}

// Two Canadian numbers (Toronto, Vancouver), two toll-free numbers, one US number.
const source = ['4165550200', '6045550300', '8005550200', '8885550300', '4255550200'].join('\n');
const tollFree = ['+18005550200', '+18885550300'];

afterEach(cleanUp);

describe("the numbers worker's count (numbers-run.ts)", () => {
  it('counts toll-free numbers of a Canadian order as Canadian toll-free, never as US', () => {
    const canadian = { getStarted: { country: 'CA' as const, checklist: [] } };
    const result = runJob({
      kind: 'check',
      source,
      elsewhere: [],
      tollFreeCountry: tollFreeCountryOf(canadian),
    });
    expect(result.check.counts).toMatchObject({ valid: 5, us: 1, canada: 2, tollFree: 2 });
    expect(result.check.groups).toEqual([
      { country: 'CA', kind: 'geographic', count: 2 },
      { country: 'CA', kind: 'tollFree', count: 2 },
      { country: 'US', kind: 'geographic', count: 1 },
    ]);
    // Each count button shows the rows it counts: the toll-free ones under Toll-free only.
    expect(result.shown('US')).toEqual(['+14255550200']);
    expect(result.shown('CA')).toEqual(['+14165550200', '+16045550300']);
    expect(result.shown('tollFree')).toEqual(tollFree);
    const tollFreeRows = [2, 3].map((i) => result.rows.at(i)!);
    expect(tollFreeRows.map((r) => [r.country, r.kind])).toEqual([
      ['CA', 'tollFree'],
      ['CA', 'tollFree'],
    ]);
  });

  it("keeps the numbers' own country (the US) while the order has none, and for a US order", () => {
    for (const country of ['', 'US'] as const) {
      const result = runJob({
        kind: 'check',
        source,
        elsewhere: [],
        tollFreeCountry: tollFreeCountryOf({ getStarted: { country, checklist: [] } }),
      });
      expect(result.check.groups, country).toContainEqual({
        country: 'US',
        kind: 'tollFree',
        count: 2,
      });
      expect(result.shown('US'), country).toEqual(['+14255550200']);
      expect(result.shown('tollFree'), country).toEqual(tollFree);
    }
  });

  it('adds typed numbers with the same rule', () => {
    const result = runJob({
      kind: 'add',
      source: '4165550200',
      elsewhere: [],
      tollFreeCountry: 'CA',
      incoming: { text: '800-555-0200; 888 555 0300' },
    });
    expect(result.added).toMatchObject({ added: 2, numbers: 2 });
    expect(result.check.groups).toEqual([
      { country: 'CA', kind: 'geographic', count: 1 },
      { country: 'CA', kind: 'tollFree', count: 2 },
    ]);
  });

  it("agrees with main's check of the same order's list (one rule, both sides)", async () => {
    const app = start(tempDir());
    const { id } = await app.order.create();
    await app.order.save(id, 'getStarted', { country: 'CA', checklist: [] });
    const pageOf = (order: Order) =>
      runJob({
        kind: 'check',
        source,
        elsewhere: [],
        tollFreeCountry: tollFreeCountryOf(order.answers),
      });
    const saved = await app.ok('saveOrderNumbers', { id, source });
    expect(pageOf(saved).check.groups).toEqual(saved.numbers.groups);
    expect(pageOf(saved).check.counts.valid).toBe(saved.numbers.usable);
    expect(saved.numbers.groups).toContainEqual({ country: 'CA', kind: 'tollFree', count: 2 });
    // The country changed after the list was saved: main's figures follow it at once, as the page does.
    const moved = await app.order.save(id, 'getStarted', { country: 'US', checklist: [] });
    expect(moved.numbers.groups).toContainEqual({ country: 'US', kind: 'tollFree', count: 2 });
    expect(pageOf(moved).check.groups).toEqual(moved.numbers.groups);
    // ...and a restart, which checks every draft's list again, finds the same figures.
    app.services.flushAll();
    const again = start(app.dataDir);
    expect((await again.order.get(id)).numbers).toEqual(moved.numbers);
  });
});
