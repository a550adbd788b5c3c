import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

import { contract, isChannelName } from '@shared/contract';
import { noInput } from '@shared/contract/channel';
import { describe, expect, it } from 'vitest';

const script = readFileSync(
  join(import.meta.dirname, '../../renderer/public/start-requests.js'),
  'utf8',
);

/** Runs public/start-requests.js as the page does, on a window whose bridge answers with `answer`. */
function runOnPage(answer: (channel: string) => Promise<unknown>, withBridge = true) {
  const asked: string[] = [];
  const marks: string[] = [];
  const window: Record<string, unknown> = {};
  if (withBridge) {
    window['portdesk'] = new Proxy(
      {},
      {
        get: (_target, channel: string) => () => {
          asked.push(channel);
          return answer(channel);
        },
      },
    );
  }
  runInNewContext(script, { window, performance: { mark: (name: string) => marks.push(name) } });
  const replies = window['portdeskStartReplies'] as Record<string, Promise<unknown>> | undefined;
  return { asked, marks, replies };
}

describe('the requests the page sends as it begins to load (public/start-requests.js)', () => {
  it('asks only for reads that take no input, each a channel of the contract', () => {
    const { asked } = runOnPage(() => Promise.resolve({ ok: true, value: null }));
    expect(asked).toEqual(['getSettings', 'getAppInfo', 'getStartupNotices', 'listOrders']);
    for (const channel of asked) {
      expect(isChannelName(channel), channel).toBe(true);
      if (!isChannelName(channel)) continue;
      // Asked before the app runs, with nothing the app chose: a read that changes nothing.
      expect(contract[channel].input, channel).toBe(noInput);
      expect(channel, channel).toMatch(/^(get|list)[A-Z]/);
    }
  });

  it('keeps each reply for the app, and marks when the list was asked for and came', async () => {
    const { replies, marks } = runOnPage((channel) =>
      Promise.resolve({ ok: true, value: channel }),
    );
    expect(Object.keys(replies ?? {})).toEqual([
      'getSettings',
      'getAppInfo',
      'getStartupNotices',
      'listOrders',
    ]);
    expect(await replies?.['listOrders']).toEqual({ ok: true, value: 'listOrders' });
    expect(marks).toEqual(['portdesk:orders-requested', 'portdesk:orders-listed']);
  });

  it('does not mark the list as come when main refused it', async () => {
    const refusal = { ok: false, error: { code: 'internal', message: 'Could not complete.' } };
    const { replies, marks } = runOnPage(() => Promise.resolve(refusal));
    expect(await replies?.['listOrders']).toEqual(refusal);
    expect(marks).toEqual(['portdesk:orders-requested']);
  });

  it('leaves a failed request to the app that takes it, with no unhandled rejection meanwhile', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { replies } = runOnPage(() => Promise.reject(new Error('main refused')));
      await new Promise((settled) => setTimeout(settled, 20));
      expect(unhandled).toEqual([]);
      await expect(replies?.['getSettings']).rejects.toThrow('main refused');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('does nothing on a page without the bridge (the app then says the bridge is missing)', () => {
    const { asked, replies } = runOnPage(() => Promise.resolve(undefined), false);
    expect(asked).toEqual([]);
    expect(replies).toBeUndefined();
  });
});
