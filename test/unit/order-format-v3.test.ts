import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { orderFormat } from '@main/storage/formats/order';
import { readStored } from '@main/storage/stored-format';
import { describe, expect, it } from 'vitest';

/**
 * Format 3 of an order file (today's steps): a draft saved by the previous version on any
 * old step opens on the step that asks the same question now, with every answer kept.
 */
const v2Orders = join(import.meta.dirname, '../fixtures/stored/v2/data/orders');
const v2Draft = () => {
  const file = readdirSync(v2Orders)
    .filter((f) => /^order-[0-9a-f-]+\.json$/.test(f))
    .map(
      (f) =>
        JSON.parse(readFileSync(join(v2Orders, f), 'utf8')) as { data: Record<string, unknown> },
    )
    .find((f) => f.data['status'] === 'draft' && !f.data['recheck'] && !f.data['deletedAt'])!;
  return file.data;
};

describe('order format 3: drafts of format 2 on every old step', () => {
  it.each([
    ['getStarted', 'getStarted'],
    ['location', 'getStarted'],
    ['account', 'account'],
    ['numbers', 'numbers'],
    ['transfer', 'details'],
    ['loa', 'authorize'],
    ['review', 'review'],
  ])('a draft left on "%s" opens on "%s"', (old, today) => {
    const read = readStored(orderFormat, 2, { ...v2Draft(), lastStep: old, visited: [old] });
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.value.lastStep).toBe(today);
    expect(read.value.visited).toContain(today);
  });

  it('keeps every answer, moved to the step that asks it today, and fills the new ones from the old', () => {
    const draft = v2Draft() as { answers: Record<string, Record<string, unknown>> };
    const a = draft.answers;
    const read = readStored(orderFormat, 2, {
      ...draft,
      answers: {
        ...a,
        location: { country: 'CA', numberType: 'tollFree', assignedTo: 'services' },
        numbers: { portType: 'partial', leftBehind: 'keep' },
        transfer: { desiredDate: '2026-03-16', startTime: '11:30' },
        loa: { statements: ['authorized'], signature: 'Dana Whitfield' },
      },
    });
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
    const t = read.value.answers;
    expect(t.getStarted).toEqual({ country: 'CA', checklist: a['getStarted']!['checklist'] });
    expect(t.numbers).toEqual({
      numberType: 'tollFree',
      usage: 'voiceApp',
      usageByNumber: {},
      includesMobile: a['account']!['includesMobile'],
    });
    expect(t.btn).toEqual({
      btn: a['account']!['btn'],
      portType: 'partial',
      leftBehind: 'keep',
      replacementBtn: '',
    });
    expect(t.details).toEqual({
      orderName: a['account']!['orderName'],
      requester: '',
      notificationEmails: a['account']!['notificationEmails'],
      desiredDate: '2026-03-16',
      startTime: '11:30',
    });
    expect(t.authorize).toEqual({
      method: 'letter',
      eSignatureSentOn: '',
      statements: ['authorized'],
      signature: 'Dana Whitfield',
    });
    const { orderName, btn, includesMobile, notificationEmails, ...account } = a['account']!;
    void [orderName, btn, includesMobile, notificationEmails];
    expect(t.account).toEqual(account);
    expect(read.value.documents).toEqual([]);
    expect(read.value.detachedScans).toEqual([]);
  });

  it('a draft without a typed signature has no signing method yet; users become User', () => {
    const draft = v2Draft() as { answers: Record<string, Record<string, unknown>> };
    const read = readStored(orderFormat, 2, {
      ...draft,
      answers: {
        ...draft.answers,
        location: { country: 'US', numberType: 'geographic', assignedTo: 'users' },
        loa: { statements: [], signature: '  ' },
      },
    });
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
    expect(read.value.answers.authorize.method).toBe('');
    expect(read.value.answers.numbers.usage).toBe('user');
  });
});
