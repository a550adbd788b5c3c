import { join } from 'node:path';

import type { Locator } from '@playwright/test';
import { canDelete } from '@shared/order/lifecycle';
import { orderStatuses, orderStatusLabels } from '@shared/schemas/order-status';
import { rareCompany, type SeededOrder, seedOrders } from '@tools/seed-orders';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';

import { expect, expectAccessible, test } from '../support/fixtures';
import { fixClock, fixedNow, screenshots } from './wizard/wizard-helpers';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const thousands = (n: number) => n.toLocaleString('en-US');
const count = (seeded: SeededOrder[], keep: (o: SeededOrder) => boolean) =>
  seeded.filter(keep).length;

/** The ISO transfer dates of the rows on screen, top to bottom ('' where a row has none). */
async function shownTransferDates(table: Locator): Promise<string[]> {
  return table
    .getByRole('row')
    .evaluateAll((rows) =>
      rows
        .slice(1)
        .map(
          (row) =>
            row
              .querySelectorAll('[role=cell]')[6]
              ?.querySelector('time')
              ?.getAttribute('datetime') ?? '',
        ),
    );
}

test('1,000 orders: counts, search, status filter, sorting, delete for drafts only, and the transfers chart', async ({
  page,
  launch,
  dataDir,
}) => {
  const seeded = seedOrders(dataDir, 1000, { now: fixedNow });
  await fixClock(page);
  await launch({ now: () => fixedNow });
  const table = page.getByRole('table', { name: 'Port orders' });
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  // Virtualized: a screenful of rows is mounted, not 1,000.
  expect(await table.getByRole('row').count()).toBeLessThan(30);

  // The counts are what was seeded, status by status.
  const counts = page.getByRole('group', { name: 'Show orders by status' });
  await expect(
    counts.getByRole('button', { name: 'All orders: 1,000', exact: true }),
  ).toBeVisible();
  const active = count(seeded, (o) => o.status !== 'completed' && o.status !== 'cancelled');
  await expect(
    counts.getByRole('button', { name: `Active: ${thousands(active)}`, exact: true }),
  ).toBeVisible();
  for (const status of orderStatuses) {
    const n = count(seeded, (o) => o.status === status);
    expect(n).toBeGreaterThan(0);
    await expect(
      counts.getByRole('button', {
        name: `${orderStatusLabels[status]}: ${thousands(n)}`,
        exact: true,
      }),
    ).toBeVisible();
  }

  // Search narrows to the matching rows: a company, a Microsoft order ID typed in lower case, a carrier.
  const search = page.getByRole('searchbox', { name: 'Search port orders' });
  await search.fill('trey RESEARCH');
  const trey = seeded.filter((o) => o.companyName === rareCompany);
  await expect(table).toHaveAttribute('aria-rowcount', String(trey.length + 1));
  await expect(table.getByRole('row')).toHaveCount(trey.length + 1);
  for (const o of trey)
    await expect(table.getByRole('row', { name: new RegExp(`^${escape(o.name)}`) })).toBeVisible();
  await expect(page.getByText(`Showing ${trey.length} of 1,000 orders`)).toBeVisible();
  await expectAccessible(page);

  const submitted = seeded.find((o) => o.microsoftOrderId !== '' && o.companyName !== rareCompany)!;
  await search.fill(submitted.microsoftOrderId.toLowerCase());
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toHaveAccessibleName(
    new RegExp(`^${escape(submitted.name)}`),
  );
  await search.fill('lamna');
  await expect(table).toHaveAttribute(
    'aria-rowcount',
    String(count(seeded, (o) => o.carrierName === 'Lamna Fiber') + 1),
  );
  await search.fill('');
  await expect(table).toHaveAttribute('aria-rowcount', '1001');

  // Each count is a filter; Delete is offered in Draft and Ready to submit only.
  for (const status of orderStatuses) {
    const card = counts.getByRole('button', {
      name: new RegExp(`^${orderStatusLabels[status]}: `),
    });
    await card.click();
    await expect(card).toHaveAttribute('aria-pressed', 'true');
    await expect(table).toHaveAttribute(
      'aria-rowcount',
      String(count(seeded, (o) => o.status === status) + 1),
    );
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toContainText(orderStatusLabels[status]);
    const shown = (await rows.count()) - 1;
    await expect(table.getByRole('button', { name: /^Delete / })).toHaveCount(
      canDelete(status) ? shown : 0,
    );
    await expect(table.getByRole('button', { name: /^Duplicate / })).toHaveCount(shown);
  }
  await counts.getByRole('button', { name: /^All orders: / }).click();
  await expect(table).toHaveAttribute('aria-rowcount', '1001');

  // Sorting by transfer date: soonest first, then latest first; orders without a date stay last.
  const dated = seeded
    .map((o) => o.transferDate)
    .filter(Boolean)
    .sort();
  const header = table.getByRole('columnheader', { name: 'Transfer date' });
  await expect(table.getByRole('columnheader', { name: 'Last change' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Last change' })).not.toHaveAttribute(
    'aria-sort',
  );
  await expect
    .poll(() => shownTransferDates(table).then((d) => d.slice(0, 10)))
    .toEqual(dated.slice(0, 10));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect
    .poll(() => shownTransferDates(table).then((d) => d.slice(0, 10)))
    .toEqual(dated.toReversed().slice(0, 10));

  // The chart names the next transfer: the soonest day's orders, by name.
  const upcoming = seeded.filter((o) => {
    if (['completed', 'error', 'cancelled'].includes(o.status) || !o.transferDate) return false;
    const days = differenceInCalendarDays(parseISO(o.transferDate), fixedNow);
    return days >= 0 && days < 56;
  });
  const next = upcoming.map((o) => o.transferDate).sort()[0]!;
  const [firstName] = upcoming
    .filter((o) => o.transferDate === next)
    .map((o) => o.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const chart = page.getByRole('img', { name: /in the next 8 weeks/ });
  await expect(chart).toHaveAttribute(
    'aria-label',
    new RegExp(
      `^${thousands(upcoming.length)} transfers in the next 8 weeks, the next on ${format(parseISO(next), 'EEE, MMM d')}: ${escape(firstName!)}`,
    ),
  );
  // The same in words, for a screen reader: a day a line.
  const byDay = page.getByRole('list', { name: 'Upcoming transfers by day' }).getByRole('listitem');
  await expect(byDay).toHaveCount(new Set(upcoming.map((o) => o.transferDate)).size);
  await expect(byDay.first()).toHaveText(
    new RegExp(
      `^${format(parseISO(next), 'EEE, MMM d')}: ${escape(firstName!)} \\((FOC|desired date)\\)`,
    ),
  );
  await expectAccessible(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Port orders page with 1,000 orders is captured in ${scheme} mode`, async ({
    page,
    launch,
    dataDir,
  }) => {
    seedOrders(dataDir, 1000, { now: fixedNow });
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await fixClock(page);
    await launch({ now: () => fixedNow });
    await expect(
      page.getByRole('table', { name: 'Port orders' }).getByRole('row').nth(5),
    ).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({
      path: join(screenshots, scheme === 'light' ? 'orders-page.png' : 'orders-page-dark.png'),
    });
  });
}

test('a list main cannot give is explained in the admin’s words, never as an error class', async ({
  page,
  launch,
}) => {
  // The injected clock stops once the order exists: main then fails to settle the order's
  // status and answers the list with its plain "could not complete" refusal.
  let clockStopped = false;
  const app = await launch({
    now: () => {
      if (clockStopped) throw new Error('the test stopped the clock');
      return new Date();
    },
  });
  await app.ok('createOrder');
  clockStopped = true;
  await page.reload();
  const alert = page.getByText('PortDesk could not complete this action. Please try again.');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText('PortDesk could not complete this action. Please try again.');
  await expect(page.getByText('ApiError')).toHaveCount(0);
});

test('the first screen uses the replies asked for as the page began to load: main is asked each first read once', async ({
  page,
  launch,
  dataDir,
}) => {
  seedOrders(dataDir, 30, { now: fixedNow });
  // Counts the page's calls of each channel, whoever makes them (public/start-requests.js or the app).
  await page.addInitScript(() => {
    const calls: Record<string, number> = {};
    let bridge: Record<string, unknown> | undefined;
    Object.defineProperty(window, 'portdesk', {
      configurable: true,
      get: () => bridge,
      set: (installed: Record<string, (...args: unknown[]) => unknown>) => {
        bridge = Object.fromEntries(
          Object.entries(installed).map(([name, call]) => [
            name,
            (...args: unknown[]) => {
              calls[name] = (calls[name] ?? 0) + 1;
              return call(...args);
            },
          ]),
        );
      },
    });
    (window as unknown as { __calls: Record<string, number> }).__calls = calls;
  });
  await launch();
  await expect(page.getByRole('table', { name: 'Port orders' }).getByRole('row')).not.toHaveCount(
    1,
  );
  const start = await page.evaluate(() => ({
    calls: (window as unknown as { __calls: Record<string, number> }).__calls,
    listAsked: performance.getEntriesByName('portdesk:orders-requested').length,
    startReplies: 'portdeskStartReplies' in window,
  }));
  expect(start.startReplies).toBe(true);
  expect(start.listAsked).toBe(1);
  expect(start.calls).toMatchObject({
    getSettings: 1,
    getAppInfo: 1,
    getStartupNotices: 1,
    listOrders: 1,
  });
});
