import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

import { orderDocumentName } from '@main/services/orders/order-files';
import { checkOrder } from '@shared/order/check-order';
import type { Order } from '@shared/schemas/order';
import {
  checklistItemIds,
  emptyAnswers,
  loaStatementIds,
  type OrderAnswers,
} from '@shared/schemas/order-answers';
import { createAesSecretBox } from '@tools/aes-secret-box';
import { validAccount, validAnswers, validOrganization } from '@tools/valid-order';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { dataFiles as allFiles, deletedOrderFileIn, orderFileIn } from '../support/data-files';
import { confWatchingWrites } from '../support/fillable-disk';
import { cleanUp, manualClock, monday, saveAll, start, tempDir } from '../support/service-app';
import { writeStoredOrganizations } from '../support/stored-organizations';

afterEach(() => {
  vi.useRealTimers();
  cleanUp();
});

const organization = validOrganization;

const orderFile = orderFileIn;
/** The order as written on disk right now (no flush). */
const onDisk = (dataDir: string, id: string) =>
  (
    JSON.parse(readFileSync(orderFile(dataDir, id), 'utf8')) as {
      schemaVersion: number;
      data: Record<string, unknown>;
    }
  ).data;

describe('creating an order', () => {
  it('prefills from the active organization', async () => {
    const app = start(tempDir(), { now: manualClock().now });
    const orgs = await app.ok('saveOrganization', organization);
    const order = await app.order.create();
    expect(order).toMatchObject({
      organizationId: orgs.activeId,
      status: 'draft',
      lastStep: 'getStarted',
      visited: ['getStarted'],
      carrierPinSet: false,
      createdAt: monday,
      updatedAt: monday,
    });
    expect(order.organizationId).toEqual(expect.any(String));
    expect(order.answers).toEqual({
      ...emptyAnswers,
      getStarted: { ...emptyAnswers.getStarted, country: 'US' },
      details: { ...emptyAnswers.details, notificationEmails: 'avery@contoso.com' },
      account: {
        ...emptyAnswers.account,
        companyName: 'Contoso',
        authName: 'Avery Admin',
        authPhone: '+14255550100',
        authEmail: 'avery@contoso.com',
        street: '1 Main St',
        city: 'Seattle',
        region: 'WA',
        postalCode: '98101',
      },
    });
    expect(order.signedAt).toBeUndefined();
    // Creating writes the file at once.
    expect(onDisk(app.dataDir, order.id)).toMatchObject({ id: order.id, answers: order.answers });
  });

  it('upper-cases a Canadian postal code and maps the province name saved by an earlier PortDesk', async () => {
    const dataDir = tempDir();
    writeStoredOrganizations(dataDir, [
      { ...organization, id: 'org-1', country: 'CA', region: 'Ontario', postalCode: 'k1a 0b1' },
    ]);
    const app = start(dataDir);
    const order = await app.order.create();
    expect(order.answers.getStarted.country).toBe('CA');
    expect(order.answers.account).toMatchObject({ region: 'ON', postalCode: 'K1A 0B1' });
  });

  it.each([
    ['US', '981011234', '981011234'],
    ['CA', 'k1a0b1', 'K1A 0B1'],
  ] as const)(
    'prefills a postal code the account rules accept (%s "%s")',
    async (country, postalCode, expected) => {
      const app = start(tempDir());
      await app.ok('saveOrganization', { ...organization, country, region: '', postalCode });
      const order = await app.order.create();
      expect(order.answers.account.postalCode).toBe(expected);
      const issues = checkOrder(order, new Date()).issues.filter((i) => i.field === 'postalCode');
      expect(issues).toEqual([]);
    },
  );

  it('starts empty without an organization', async () => {
    const app = start(tempDir());
    const order = await app.order.create();
    expect(order.answers).toEqual(emptyAnswers);
    expect(order.organizationId).toBeUndefined();
    expect(order.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await app.order.list()).orders.map((o) => o.id)).toEqual([order.id]);
  });
});

describe('saving steps', () => {
  it('merges one step and keeps the others', async () => {
    const app = start(tempDir());
    await app.ok('saveOrganization', organization);
    const created = await app.order.create();
    const numbers = {
      numberType: 'tollFree',
      usage: 'voiceApp',
      usageByNumber: { '+18005550199': 'conference' },
      includesMobile: false,
    } as const;
    const saved = await app.order.save(created.id, 'numbers', numbers);
    expect(saved.answers).toEqual({ ...created.answers, numbers });
    const btn = { btn: '', portType: 'partial', leftBehind: 'keep', replacementBtn: '' } as const;
    const again = await app.order.save(created.id, 'btn', btn);
    expect(again.answers).toEqual({ ...created.answers, numbers, btn });
    expect(await app.order.get(created.id)).toEqual(again);
  });

  it('survive a restart with answers, last step and visited steps', async () => {
    const dataDir = tempDir();
    const clock = manualClock();
    const first = start(dataDir, { now: clock.now });
    const { id } = await first.order.create();
    clock.advance(1000);
    await first.order.save(id, 'getStarted', { country: 'US', checklist: [] });
    await first.order.visit(id, 'account');
    await first.order.save(id, 'account', { ...emptyAnswers.account, carrierName: 'Northwind' });
    await first.order.save(id, 'details', { ...emptyAnswers.details, orderName: 'Seattle' });
    await first.order.visit(id, 'numbers');
    await first.order.visit(id, 'account');
    await first.ok('saveOrderNumbers', { id, source: '+14255550100' });
    const before = await first.order.save(id, 'btn', { ...emptyAnswers.btn, portType: 'full' });
    expect(before).toMatchObject({
      lastStep: 'account',
      visited: ['getStarted', 'account', 'numbers'],
    });
    first.services.flushAll();

    const second = start(dataDir, { now: clock.now });
    expect(await second.order.get(id)).toEqual(before);
    expect((await second.order.list()).orders).toMatchObject([
      { id, name: 'Seattle', lastStep: 'account' },
    ]);
  });

  it('visitOrderStep writes the file at once, with the pending answers', async () => {
    const app = start(tempDir());
    const { id } = await app.order.create();
    await app.order.save(id, 'getStarted', { country: 'CA', checklist: [] });
    await app.order.visit(id, 'details');
    expect(onDisk(app.dataDir, id)).toMatchObject({
      lastStep: 'details',
      visited: ['getStarted', 'details'],
      answers: { getStarted: { country: 'CA' } },
    });
    // Visiting the same step again does not list it twice.
    expect((await app.order.visit(id, 'details')).visited).toEqual(['getStarted', 'details']);
  });

  it('is on disk when saveOrderStep answers, every time, and an autosave of the same values writes nothing', async () => {
    const writes = new Map<string, number>();
    const countingConf = confWatchingWrites((name) =>
      writes.set(name, (writes.get(name) ?? 0) + 1),
    );
    const app = start(tempDir(), { createConf: countingConf });
    const { id } = await app.order.create();
    const name = orderDocumentName(id);
    expect(writes.get(name)).toBe(1);

    for (const [i, orderName] of ['S', 'Se', 'Sea', 'Seattle'].entries()) {
      await app.order.save(id, 'details', { ...emptyAnswers.details, orderName });
      // No timer, no flush: answered means written.
      expect(onDisk(app.dataDir, id)).toMatchObject({ answers: { details: { orderName } } });
      expect(writes.get(name)).toBe(2 + i);
    }
    await app.order.save(id, 'details', { ...emptyAnswers.details, orderName: 'Seattle' });
    expect(writes.get(name)).toBe(5);
  });
});

describe('invalid input through the dispatcher', () => {
  const getStarted = { country: 'US', checklist: [] };

  it.each([
    ['an unknown step', (id: string) => ['saveOrderStep', { id, step: 'payment', values: {} }]],
    [
      'the review step, which holds no answers',
      (id: string) => ['saveOrderStep', { id, step: 'review', values: {} }],
    ],
    [
      'an extra key in the values',
      (id: string) => [
        'saveOrderStep',
        { id, step: 'getStarted', values: { ...getStarted, extra: 1 } },
      ],
    ],
    [
      'an extra key beside the values',
      (id: string) => ['saveOrderStep', { id, step: 'getStarted', values: getStarted, extra: 1 }],
    ],
    [
      'a missing field',
      (id: string) => ['saveOrderStep', { id, step: 'getStarted', values: { country: 'US' } }],
    ],
    [
      'a value outside the choices',
      (id: string) => [
        'saveOrderStep',
        { id, step: 'getStarted', values: { ...getStarted, country: 'MX' } },
      ],
    ],
    [
      'a bad uuid',
      () => ['saveOrderStep', { id: 'not-a-uuid', step: 'getStarted', values: getStarted }],
    ],
    [
      'an over-long order name',
      (id: string) => [
        'saveOrderStep',
        { id, step: 'details', values: { ...emptyAnswers.details, orderName: 'x'.repeat(81) } },
      ],
    ],
    [
      'a carrier PIN smuggled into the account answers',
      (id: string) => [
        'saveOrderStep',
        { id, step: 'account', values: { ...emptyAnswers.account, carrierPin: '8675309123' } },
      ],
    ],
    [
      'a numbers list slipped into an autosave',
      (id: string) => [
        'saveOrderStep',
        { id, step: 'numbers', values: { ...emptyAnswers.numbers, numbersText: '4255550100' } },
      ],
    ],
    [
      'an over-long numbers list',
      (id: string) => ['saveOrderNumbers', { id, source: '4'.repeat(8_000_001) }],
    ],
    [
      'an unknown LOA statement',
      (id: string) => [
        'saveOrderStep',
        {
          id,
          step: 'authorize',
          values: { ...emptyAnswers.authorize, statements: ['anything'] },
        },
      ],
    ],
    ['an unknown step to visit', (id: string) => ['visitOrderStep', { id, step: 'payment' }]],
    ['a bad uuid to visit', () => ['visitOrderStep', { id: '42', step: 'numbers' }]],
    ['a carrier PIN with spaces', (id: string) => ['setCarrierPin', { id, pin: '12 34' }]],
    ['an over-long carrier PIN', (id: string) => ['setCarrierPin', { id, pin: '1'.repeat(21) }]],
    ['a bad uuid to finish', () => ['finishOrder', { id: 'x' }]],
    ['an extra key to delete', (id: string) => ['deleteOrder', { id, also: 'everything' }]],
    ['no input at all', () => ['saveOrderStep', undefined]],
  ] as [string, (id: string) => [string, unknown]][])(
    'refuses %s and changes nothing on disk',
    async (_label, request) => {
      const app = start(tempDir());
      const created = await app.order.create();
      await app.order.save(created.id, 'getStarted', getStarted as OrderAnswers['getStarted']);
      app.services.flushAll();
      const file = orderFile(app.dataDir, created.id);
      const bytes = readFileSync(file, 'utf8');
      const before = await app.order.get(created.id);
      const filesBefore = allFiles(app.dataDir).sort();

      const [channel, input] = request(created.id);
      expect(await app.send(channel, input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.any(String) },
      });

      app.services.flushAll();
      expect(readFileSync(file, 'utf8')).toBe(bytes);
      expect(allFiles(app.dataDir).sort()).toEqual(filesBefore);
      expect(await app.order.get(created.id)).toEqual(before);
    },
  );

  it('names the field of an over-long answer', async () => {
    const app = start(tempDir());
    const { id } = await app.order.create();
    const result = await app.call('saveOrderStep', {
      id,
      step: 'account',
      values: { ...emptyAnswers.account, city: 'x'.repeat(101) },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'values.city',
        message: 'Use at most 100 characters.',
      },
    });
  });
});

describe('the carrier PIN', () => {
  const pin = 'K7Q2M9X4P1';

  it('is sealed: never in any file nor in any answer to the renderer', async () => {
    const dataDir = tempDir();
    const secretBox = createAesSecretBox();
    const app = start(dataDir, { secretBox });
    await app.ok('saveOrganization', organization);
    const { id } = await app.order.create();
    const set = await app.ok('setCarrierPin', { id, pin });
    expect(set.carrierPinSet).toBe(true);
    expect(set).not.toHaveProperty('carrierPinSealed');
    // Written at once, sealed by the secret box (not merely encoded).
    const sealed = Buffer.from(String(onDisk(dataDir, id).carrierPinSealed), 'base64');
    expect(secretBox.decrypt(sealed)).toBe(pin);
    expect(sealed.toString('latin1')).not.toContain(pin);
    expect((await app.order.get(id)).carrierPinSet).toBe(true);
    await app.order.save(id, 'account', { ...validAccount, carrierNeedsPin: true });
    await app.ok('duplicateOrder', { id });
    await app.order.list();
    await app.ok('setCarrierPin', { id, pin: ` ${pin.toLowerCase()} ` });
    app.services.flushAll();

    const again = start(dataDir, { secretBox });
    expect((await again.order.get(id)).carrierPinSet).toBe(true);
    await again.order.list();
    again.services.flushAll();

    const files = allFiles(dataDir);
    expect(files.length).toBeGreaterThan(3);
    const encodings = [pin, pin.toLowerCase()].flatMap((p) => [
      p,
      Buffer.from(p).toString('base64'),
      Buffer.from(p).toString('hex'),
    ]);
    for (const file of files) {
      const content = readFileSync(file, 'latin1');
      for (const text of encodings) expect(content, file).not.toContain(text);
    }
    for (const output of [...app.outputs, ...again.outputs]) {
      expect(JSON.stringify(output).toLowerCase()).not.toContain(pin.toLowerCase());
      expect(JSON.stringify(output)).not.toContain('carrierPinSealed');
    }
  });

  it('is refused, and not stored, where the OS offers no encryption', async () => {
    const app = start(tempDir(), { secretBox: createAesSecretBox(false) });
    const { id } = await app.order.create();
    const result = await app.call('setCarrierPin', { id, pin });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'not-allowed',
        field: 'carrierPin',
        message: expect.stringContaining('no secure storage'),
      },
    });
    expect((await app.order.get(id)).carrierPinSet).toBe(false);
    app.services.flushAll();
    expect(onDisk(app.dataDir, id)).not.toHaveProperty('carrierPinSealed');
    for (const file of allFiles(app.dataDir))
      expect(readFileSync(file, 'latin1'), file).not.toContain(pin);
  });

  it('is refused for an order that does not exist', async () => {
    const app = start(tempDir());
    expect(await app.call('setCarrierPin', { id: randomUUID(), pin })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('the LOA signing date', () => {
  it('is set when the LOA becomes valid, kept through later valid edits, and cleared when the signature stops matching', async () => {
    const clock = manualClock();
    const app = start(tempDir(), { now: clock.now });
    const { id } = await app.order.create();
    const loa = (signature: string, statements: readonly string[] = loaStatementIds) =>
      ({
        method: 'letter',
        eSignatureSentOn: '',
        statements: [...statements],
        signature,
      }) as OrderAnswers['authorize'];

    // Signature typed before the authorizing person is known: not signed.
    clock.advance(1000);
    expect((await app.order.save(id, 'authorize', loa('Dana Whitfield'))).signedAt).toBeUndefined();
    clock.advance(1000);
    expect((await app.order.save(id, 'account', validAccount)).signedAt).toBe(clock.iso());
    const firstSigned = clock.iso();

    // Three statements only: not signed.
    clock.advance(1000);
    expect(
      (await app.order.save(id, 'authorize', loa('Dana Whitfield', loaStatementIds.slice(0, 3))))
        .signedAt,
    ).toBeUndefined();

    // All four and the name, ignoring case and extra spaces: signed now.
    const signedAt = clock.advance(60_000);
    expect(signedAt).not.toBe(firstSigned);
    expect((await app.order.save(id, 'authorize', loa('  dana   WHITFIELD '))).signedAt).toBe(
      signedAt,
    );

    // Later valid edits, of this step or another, keep the first signing date.
    clock.advance(60_000);
    expect((await app.order.save(id, 'authorize', loa('Dana Whitfield'))).signedAt).toBe(signedAt);
    clock.advance(60_000);
    const edited = await app.order.save(id, 'getStarted', { country: 'US', checklist: [] });
    expect(edited.signedAt).toBe(signedAt);
    expect(edited.updatedAt).toBe(clock.iso());
    expect((await app.order.visit(id, 'review')).signedAt).toBe(signedAt);

    // The signature no longer matches: cleared.
    clock.advance(60_000);
    expect((await app.order.save(id, 'authorize', loa('Dana W'))).signedAt).toBeUndefined();
    // Valid again: a new date.
    const resigned = clock.advance(60_000);
    expect((await app.order.save(id, 'authorize', loa('Dana Whitfield'))).signedAt).toBe(resigned);
    // The authorizing person changes: the signature no longer matches, cleared.
    clock.advance(60_000);
    expect(
      (await app.order.save(id, 'account', { ...validAccount, authName: 'Sam Ortiz' })).signedAt,
    ).toBeUndefined();

    app.services.flushAll();
    expect(onDisk(app.dataDir, id)).not.toHaveProperty('signedAt');
  });
});

describe('finishing an order', () => {
  it('is refused while a step has issues, sets Ready when all pass, and any edit makes it a draft again', async () => {
    const clock = manualClock();
    const app = start(tempDir(), { now: clock.now });
    const { id } = await app.order.create();
    const answers = validAnswers(clock.now());

    expect(await app.call('finishOrder', { id })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    await saveAll(app, id, { ...answers, details: { ...answers.details, startTime: '' } });
    const refused = await app.call('finishOrder', { id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('1 answer to fix (1 step)') },
    });
    expect((await app.order.get(id)).status).toBe('draft');

    clock.advance(1000);
    await app.order.save(id, 'details', answers.details);
    expect((await app.order.list()).orders).toMatchObject([
      { id, stepsComplete: 7, stepsTotal: 7, status: 'draft' },
    ]);
    const finishedAt = clock.advance(1000);
    const draft = await app.order.get(id);
    const ready = await app.ok('finishOrder', { id });
    expect(ready).toEqual({
      ...draft,
      status: 'ready',
      readyAt: finishedAt,
      updatedAt: finishedAt,
      lastStep: 'review',
      timeline: [
        ...draft.timeline,
        {
          at: finishedAt,
          status: 'ready',
          note: 'Every answer checked: ready to submit.',
          by: 'admin',
        },
      ],
    });
    // Written at once.
    expect(onDisk(app.dataDir, id)).toMatchObject({ status: 'ready', readyAt: finishedAt });
    expect((await app.order.list()).orders).toMatchObject([{ id, status: 'ready' }]);

    clock.advance(1000);
    // The same answers again change nothing: the order stays checked.
    expect((await app.order.save(id, 'getStarted', answers.getStarted)).status).toBe('ready');
    const edited = await app.order.save(id, 'getStarted', {
      ...answers.getStarted,
      checklist: answers.getStarted.checklist.slice(1),
    });
    expect(edited.status).toBe('draft');
    expect(edited.readyAt).toBeUndefined();
    expect(edited.timeline.at(-1)).toMatchObject({
      status: 'draft',
      note: 'An answer changed after the checks: check and finish again.',
    });
    app.services.flushAll();
    expect(onDisk(app.dataDir, id)).toMatchObject({ status: 'draft' });
    expect(onDisk(app.dataDir, id)).not.toHaveProperty('readyAt');
  });

  it('is refused when the transfer date is less than 7 days out on the injected today', async () => {
    const clock = manualClock();
    const app = start(tempDir(), { now: clock.now });
    const { id } = await app.order.create();
    const answers = validAnswers(clock.now());
    await saveAll(app, id, answers);
    // A week later, the same date is too soon.
    clock.advance(7 * 24 * 3600 * 1000);
    expect(await app.call('finishOrder', { id })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
  });
});

describe('duplicating an order', () => {
  it('copies the answers as "Copy of …" without the signature or the carrier PIN, and gets a new id', async () => {
    const clock = manualClock();
    const app = start(tempDir(), { now: clock.now });
    await app.ok('saveOrganization', organization);
    const { id } = await app.order.create();
    const answers = validAnswers(clock.now());
    await saveAll(app, id, answers);
    await app.ok('setCarrierPin', { id, pin: 'K7Q2M9X4P1' });
    await app.order.visit(id, 'authorize');
    const source = await app.ok('finishOrder', { id });
    expect(source.signedAt).toBeDefined();

    clock.advance(60_000);
    const copy = await app.ok('duplicateOrder', { id });
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({
      organizationId: source.organizationId,
      status: 'draft',
      // Another order may be another account: the old carrier's PIN is not carried over.
      carrierPinSet: false,
      lastStep: 'getStarted',
      visited: ['getStarted'],
      createdAt: clock.iso(),
    });
    expect(copy.signedAt).toBeUndefined();
    expect(copy.readyAt).toBeUndefined();
    expect(copy.answers).toEqual({
      ...answers,
      details: { ...answers.details, orderName: 'Copy of Seattle main office' },
      authorize: { ...answers.authorize, signature: '' },
    });
    // The source is untouched, and the copy is on disk at once.
    expect(await app.order.get(id)).toEqual(source);
    expect(onDisk(app.dataDir, copy.id)).toMatchObject({ id: copy.id });
    expect(onDisk(app.dataDir, copy.id)).not.toHaveProperty('carrierPinSealed');
    expect((await app.order.list()).orders.map((o) => [o.id, o.name])).toEqual([
      [copy.id, 'Copy of Seattle main office'],
      [id, 'Seattle main office'],
    ]);
  });

  it('leaves a blank name blank, and keeps a long one within 80 characters', async () => {
    const app = start(tempDir());
    const blank = await app.order.create();
    expect((await app.ok('duplicateOrder', { id: blank.id })).answers.details.orderName).toBe('');
    const long = await app.order.create();
    await app.order.save(long.id, 'details', {
      ...emptyAnswers.details,
      orderName: 'n'.repeat(80),
    });
    const copy = await app.ok('duplicateOrder', { id: long.id });
    expect(copy.answers.details.orderName).toBe(`Copy of ${'n'.repeat(72)}`);
    // The copy's name still passes the input gate on its next autosave.
    await app.order.save(copy.id, 'details', copy.answers.details);
  });
});

describe('deleting an order', () => {
  it('hides it from the list until restored, and refuses to open or edit it meanwhile', async () => {
    const clock = manualClock();
    const app = start(tempDir(), { now: clock.now });
    const kept = await app.order.create();
    clock.advance(1000);
    const gone = await app.order.create();

    const afterDelete = await app.ok('deleteOrder', { id: gone.id });
    expect(afterDelete.orders.map((o) => o.id)).toEqual([kept.id]);
    expect((await app.order.list()).orders.map((o) => o.id)).toEqual([kept.id]);
    expect(onDisk(app.dataDir, gone.id)).toHaveProperty('deletedAt');
    for (const [channel, input] of [
      ['getOrder', { id: gone.id }],
      ['saveOrderStep', { id: gone.id, step: 'details', values: emptyAnswers.details }],
      ['visitOrderStep', { id: gone.id, step: 'numbers' }],
      ['duplicateOrder', { id: gone.id }],
      ['finishOrder', { id: gone.id }],
      ['deleteOrder', { id: gone.id }],
    ] as const) {
      expect(await app.call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }

    const restored = await app.ok('restoreOrder', { id: gone.id });
    expect(restored.orders.map((o) => o.id)).toEqual([gone.id, kept.id]);
    expect(await app.order.get(gone.id)).toEqual(gone);
    expect(onDisk(app.dataDir, gone.id)).not.toHaveProperty('deletedAt');
  });

  it('moves the file into deleted/ at the next start, never erasing it', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const kept = await first.order.create();
    const gone = await first.order.create();
    await first.order.save(gone.id, 'details', {
      ...emptyAnswers.details,
      orderName: 'Old office',
    });
    await first.ok('deleteOrder', { id: gone.id });
    first.services.flushAll();

    const second = start(dataDir);
    expect((await second.order.list()).orders.map((o) => o.id)).toEqual([kept.id]);
    expect(existsSync(orderFile(dataDir, gone.id))).toBe(false);
    const deletedFile = deletedOrderFileIn(dataDir, gone.id);
    const record = (
      JSON.parse(readFileSync(deletedFile, 'utf8')) as { data: Order & { deletedAt?: string } }
    ).data;
    expect(record).toMatchObject({
      id: gone.id,
      deletedAt: expect.any(String),
      answers: { details: { orderName: 'Old office' } },
    });
    for (const [channel, input] of [
      ['getOrder', { id: gone.id }],
      ['saveOrderStep', { id: gone.id, step: 'details', values: emptyAnswers.details }],
      ['restoreOrder', { id: gone.id }],
    ] as const) {
      expect(await second.call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }
    expect(await second.ok('getStartupNotices')).toEqual([]);
    second.services.flushAll();

    // A third start is not confused by deleted/.
    const third = start(dataDir);
    expect((await third.order.list()).orders.map((o) => o.id)).toEqual([kept.id]);
    expect(existsSync(deletedFile)).toBe(true);
  });

  it('refuses an id that never existed', async () => {
    const app = start(tempDir());
    for (const channel of [
      'getOrder',
      'deleteOrder',
      'restoreOrder',
      'duplicateOrder',
      'finishOrder',
    ] as const) {
      expect(await app.call(channel, { id: randomUUID() }), channel).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }
    expect(
      await app.call('saveOrderStep', {
        id: randomUUID(),
        step: 'details',
        values: emptyAnswers.details,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a damaged order file at start-up', () => {
  it.each([
    ['garbage bytes', Buffer.from([0x00, 0xff, 0x13, 0x7b, 0x22, 0xfe, 0x01, 0x80, 0x0a])],
    [
      'JSON of the wrong shape',
      Buffer.from('{"schemaVersion":1,"data":{"id":"nope","answers":5}}'),
    ],
  ])(
    '(%s) is moved aside with its bytes, the others still listed, and a notice names the backup',
    async (_label, bytes) => {
      const dataDir = tempDir();
      const clock = manualClock();
      const first = start(dataDir, { now: clock.now });
      const good = await first.order.create();
      await first.order.save(good.id, 'details', { ...emptyAnswers.details, orderName: 'Fine' });
      first.services.flushAll();
      const badId = randomUUID();
      const badFile = orderFile(dataDir, badId);
      writeFileSync(badFile, bytes);

      const second = start(dataDir, { now: clock.now });
      expect((await second.order.list()).orders.map((o) => [o.id, o.name])).toEqual([
        [good.id, 'Fine'],
      ]);
      expect(await second.call('getOrder', { id: badId })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      const notices = await second.ok('getStartupNotices');
      expect(notices).toHaveLength(1);
      const [notice] = notices;
      expect(notice).toMatchObject({
        title: 'A port order could not be opened',
        backupPath: expect.any(String),
      });
      expect(notice!.message).toContain(notice!.backupPath!);
      expect(notice!.message).toContain(basename(orderFileIn(dataDir, badId)));
      expect(
        notice!.backupPath!.startsWith(orderFileIn(dataDir, badId).slice(0, -'json'.length)),
      ).toBe(true);
      expect(readFileSync(notice!.backupPath!).equals(bytes)).toBe(true);
      expect(existsSync(badFile)).toBe(false);
      second.services.flushAll();

      // The next start leaves the backup alone and has nothing new to say.
      const third = start(dataDir, { now: clock.now });
      expect(await third.ok('getStartupNotices')).toEqual([]);
      expect((await third.order.list()).orders.map((o) => o.id)).toEqual([good.id]);
      expect(readFileSync(notice!.backupPath!).equals(bytes)).toBe(true);
    },
  );
});

describe('an order file from a newer PortDesk', () => {
  it('is left exactly where it is, out of the list, with a notice, and never overwritten', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const good = await first.order.create();
    const newerId = randomUUID();
    const newerFile = orderFile(dataDir, newerId);
    const bytes = Buffer.from(`{"schemaVersion":99,"data":{"id":"${newerId}","future":true}}`);
    writeFileSync(newerFile, bytes);

    for (let run = 0; run < 2; run++) {
      const app = start(dataDir);
      expect((await app.order.list()).orders.map((o) => o.id)).toEqual([good.id]);
      expect(await app.call('getOrder', { id: newerId })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      const [notice, ...more] = await app.ok('getStartupNotices');
      expect(more).toEqual([]);
      expect(notice).toMatchObject({ title: 'Port order: written by a newer PortDesk' });
      expect(notice!.message).toContain(basename(orderFileIn(dataDir, newerId)));
      expect(notice!.message).toContain('will not overwrite it');
      expect(notice).not.toHaveProperty('backupPath');
      expect(readFileSync(newerFile).equals(bytes)).toBe(true);
    }
  });
});

describe("an order file under another order's name", () => {
  it('is set aside with a notice, so no two rows share an id', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const order = await first.order.create();
    first.services.flushAll();
    const copy = orderFile(dataDir, randomUUID());
    writeFileSync(copy, readFileSync(orderFile(dataDir, order.id)));
    const app = start(dataDir);
    expect((await app.order.list()).orders.map((o) => o.id)).toEqual([order.id]);
    const notices = await app.ok('getStartupNotices');
    expect(notices).toHaveLength(1);
    expect(existsSync(copy)).toBe(false);
    expect(existsSync(notices[0]!.backupPath!)).toBe(true);
  });
});

describe('several damaged order files', () => {
  it('each get their own backup and notice', async () => {
    const dataDir = tempDir();
    start(dataDir).services.flushAll();
    const bad = [randomUUID(), randomUUID()];
    for (const id of bad) writeFileSync(orderFile(dataDir, id), `not json ${id}`);
    const app = start(dataDir);
    const notices = await app.ok('getStartupNotices');
    expect(notices).toHaveLength(2);
    for (const id of bad) {
      const notice = notices.find((n) => n.message.includes(basename(orderFileIn(dataDir, id))));
      expect(readFileSync(notice!.backupPath!, 'utf8')).toBe(`not json ${id}`);
    }
    expect(new Set(notices.map((n) => n.id)).size).toBe(2);
    expect(await app.order.list()).toEqual({ orders: [] });
  });
});

describe('the list of orders', () => {
  it('summarizes each order, names blank ones "Untitled order", and puts the latest change first', async () => {
    const clock = manualClock();
    const app = start(tempDir(), { now: clock.now });
    const a = await app.order.create();
    clock.advance(1000);
    const b = await app.order.create();
    clock.advance(1000);
    const c = await app.order.create();

    const aTime = clock.advance(1000);
    await app.order.save(a.id, 'account', { ...emptyAnswers.account, carrierName: 'Northwind' });
    await app.order.save(a.id, 'details', { ...emptyAnswers.details, orderName: '   ' });
    await app.order.save(a.id, 'numbers', { ...emptyAnswers.numbers, numberType: 'geographic' });
    await app.order.save(a.id, 'getStarted', { country: 'US', checklist: [...checklistItemIds] });
    await app.order.visit(a.id, 'account');
    const bTime = clock.advance(1000);
    await app.order.save(b.id, 'details', { ...emptyAnswers.details, orderName: '  Boston  ' });

    const { orders } = await app.order.list();
    expect(orders).toEqual([
      {
        id: b.id,
        name: 'Boston',
        status: 'draft',
        country: '',
        numberType: '',
        carrierName: '',
        companyName: '',
        microsoftOrderId: '',
        transferDate: '',
        transferDateKind: 'none',
        stepsComplete: 1,
        stepsTotal: 7,
        numberCount: 0,
        lastStep: 'getStarted',
        updatedAt: bTime,
      },
      {
        id: a.id,
        name: 'Untitled order',
        status: 'draft',
        country: 'US',
        numberType: 'geographic',
        carrierName: 'Northwind',
        companyName: '',
        microsoftOrderId: '',
        transferDate: '',
        transferDateKind: 'none',
        stepsComplete: 2,
        stepsTotal: 7,
        numberCount: 0,
        lastStep: 'account',
        updatedAt: aTime,
      },
      {
        id: c.id,
        name: 'Untitled order',
        status: 'draft',
        country: '',
        numberType: '',
        carrierName: '',
        companyName: '',
        microsoftOrderId: '',
        transferDate: '',
        transferDateKind: 'none',
        stepsComplete: 1,
        stepsTotal: 7,
        numberCount: 0,
        lastStep: 'getStarted',
        updatedAt: c.updatedAt,
      },
    ]);
  });

  it('is empty on a fresh folder', async () => {
    const app = start(tempDir());
    expect(await app.order.list()).toEqual({ orders: [] });
    expect(await app.ok('getStartupNotices')).toEqual([]);
  });
});
