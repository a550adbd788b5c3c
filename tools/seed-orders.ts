import { mkdirSync, writeFileSync } from 'node:fs';

import { orderFile, ordersDir } from '@main/services/orders/order-files';
import { type OrderRecord, orderRecordSchema } from '@main/services/orders/order-record';
import { orderFormat } from '@main/storage/formats/order';
import { isUsBusinessDay, toIsoDate } from '@shared/calendar/business-days';
import { type StepId, stepIds } from '@shared/order/steps';
import { emptyAnswers, type OrderAnswers } from '@shared/schemas/order-answers';
import {
  type OrderStatus,
  orderStatuses,
  rejectionReasonIds,
  type TimelineEntry,
} from '@shared/schemas/order-status';
import { addDays, addHours, addMinutes, startOfDay } from 'date-fns';

import { validAnswers } from './valid-order';

/** What a test needs to know of a seeded order to predict the Port orders page. */
export interface SeededOrder {
  id: string;
  name: string;
  status: OrderStatus;
  carrierName: string;
  companyName: string;
  microsoftOrderId: string;
  /** The FOC when set, else the desired date, else ''. */
  transferDate: string;
  transferDateKind: 'foc' | 'desired' | 'none';
  numberCount: number;
  updatedAt: string;
}

const sites = [
  'Seattle',
  'Portland',
  'Denver',
  'Austin',
  'Chicago',
  'Boston',
  'Atlanta',
  'Phoenix',
  'Toronto',
  'Vancouver',
  'Calgary',
  'Ottawa',
  'Miami',
  'Dallas',
  'Raleigh',
  'Omaha',
  'Tulsa',
  'Reno',
  'Boise',
  'Tampa',
];
const purposes = [
  'main office',
  'help desk',
  'sales line',
  'warehouse',
  'reception',
  'support center',
  'branch',
  'call center',
  'front desk',
  'toll-free line',
];
const carriers = [
  'Northwind Telecom',
  'Fabrikam Voice',
  'Contoso Telco',
  'Litware Networks',
  'Tailspin Communications',
  'Adatum Phone',
  'Wingtip Telecom',
  'Proseware Voice',
  'Woodgrove Wireless',
  'Lamna Fiber',
];
const companies = [
  'Contoso',
  'Fabrikam',
  'Woodgrove Bank',
  'Northwind Traders',
  'Adventure Works',
  'Tailspin Toys',
  'Wide World Importers',
  'Alpine Ski House',
  'Coho Winery',
];
/** A company only a few orders have, for a search that narrows to a handful of rows. */
export const rareCompany = 'Trey Research';
// Roughly how a busy tenant's orders spread: many finished, a good share still drafted.
const weights: Record<OrderStatus, number> = {
  draft: 20,
  ready: 8,
  processing: 10,
  contactingCarrier: 8,
  transferApproved: 12,
  transferPending: 3,
  completed: 27,
  error: 5,
  cancelled: 7,
  customerActionRequired: 2,
  supportEngaged: 1,
};
/** The statuses each status was reached through, as the admin records them. */
const paths: Record<OrderStatus, OrderStatus[]> = {
  draft: ['draft'],
  ready: ['draft', 'ready'],
  processing: ['draft', 'ready', 'processing'],
  contactingCarrier: ['draft', 'ready', 'processing', 'contactingCarrier'],
  transferApproved: ['draft', 'ready', 'processing', 'transferApproved'],
  transferPending: ['draft', 'ready', 'processing', 'transferApproved', 'transferPending'],
  completed: ['draft', 'ready', 'processing', 'transferApproved', 'transferPending', 'completed'],
  error: ['draft', 'ready', 'processing', 'contactingCarrier', 'error'],
  cancelled: ['draft', 'ready', 'processing', 'cancelled'],
  customerActionRequired: ['draft', 'ready', 'processing', 'customerActionRequired'],
  supportEngaged: ['draft', 'ready', 'processing', 'supportEngaged'],
};

/**
 * Writes `count` port orders into `<dataDir>/orders/` before the app starts, exactly as the
 * app's document store writes them, every record checked with the app's own schema first.
 * The same seed gives the same orders; dates are relative to `now` (the tests' fixed clock).
 */
export function seedOrders(
  dataDir: string,
  count: number,
  options: { now?: Date; seed?: number } = {},
): SeededOrder[] {
  const now = options.now ?? new Date();
  const random = mulberry32(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const businessDay = (fromDays: number, toDays: number) => {
    let day = addDays(startOfDay(now), between(fromDays, toDays));
    while (!isUsBusinessDay(day)) day = addDays(day, 1);
    return toIsoDate(day);
  };
  const names = new Map<string, number>();
  const dir = ordersDir(dataDir);
  mkdirSync(dir, { recursive: true });

  return Array.from({ length: count }, (_, i) => {
    const status = weighted(random(), i, count);
    const base = `${pick(sites)} ${pick(purposes)}`;
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    const name = seen === 1 ? base : `${base} ${seen}`;
    const country = random() < 0.8 ? 'US' : 'CA';
    const numberType = name.includes('toll-free') ? 'tollFree' : 'geographic';
    const numberCount =
      status === 'draft' && random() < 0.15
        ? 0
        : random() < 0.7
          ? between(1, 40)
          : random() < 0.85
            ? between(41, 900)
            : between(901, 5000);
    const submitted = !['draft', 'ready'].includes(status);
    const microsoftOrderId = submitted ? `MSPO-${String(104729 + i * 37).padStart(7, '0')}` : '';
    const companyName = i % 250 === 7 ? rareCompany : pick(companies);

    // Dates: upcoming orders carry a transfer date ahead, finished ones one behind.
    let desiredDate = status === 'draft' && random() < 0.25 ? '' : businessDay(7, 70);
    let foc: { date: string; time: string } | undefined;
    let updatedAt = addMinutes(now, -between(30, 60 * 24 * 60));
    if (status === 'transferApproved')
      foc = { date: businessDay(3, 50), time: pick(['09:00', '10:00', '13:00']) };
    if (status === 'transferPending') {
      foc = { date: businessDay(1, 1), time: '10:00' };
      updatedAt = addMinutes(now, -between(5, 60));
    }
    if (status === 'completed' || status === 'error' || status === 'cancelled') {
      desiredDate = businessDay(-150, -3);
      if (status === 'completed') foc = { date: desiredDate, time: '10:00' };
      updatedAt = addHours(addDays(startOfDay(now), between(-148, -1)), 17);
    }
    const answers = answersFor(now, {
      name,
      companyName,
      carrier: pick(carriers),
      country,
      numberType,
      desiredDate,
    });
    const lastStep: StepId = status === 'draft' ? pick(stepIds.slice(2)) : 'review';
    const createdAt = addDays(updatedAt, -between(2, 40));
    const path = paths[status];
    const timeline: TimelineEntry[] = path.map((s, k) => ({
      at: new Date(
        createdAt.getTime() +
          ((updatedAt.getTime() - createdAt.getTime()) * k) / Math.max(1, path.length - 1),
      ).toISOString(),
      status: s,
      note: s === 'draft' ? 'Draft started.' : s === 'error' ? 'Rejected by the carrier.' : '',
      by: s === 'transferPending' ? 'app' : 'admin',
    }));
    const record: OrderRecord = orderRecordSchema.parse({
      id: uuid(random),
      status,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      lastStep,
      visited: stepIds.slice(0, stepIds.indexOf(lastStep) + 1),
      answers: status === 'draft' ? blankAfter(answers, lastStep) : answers,
      ...(status === 'draft' ? {} : { signedAt: timeline[1]!.at, readyAt: timeline[1]!.at }),
      numbers: {
        total: numberCount,
        usable: numberCount,
        errors: 0,
        duplicates: 0,
        warnings: 0,
        btnListed: numberCount > 0,
        replacementBtnListed: false,
        groups: numberCount > 0 ? [{ country, kind: numberType, count: numberCount }] : [],
      },
      timeline,
      ...(submitted
        ? { submission: { microsoftOrderId, submittedOn: timeline[2]!.at.slice(0, 10) } }
        : {}),
      ...(foc ? { foc } : {}),
      ...(status === 'error'
        ? { rejection: { reason: pick(rejectionReasonIds), details: 'As the carrier wrote it.' } }
        : {}),
      listRevision: 0,
    });
    writeFileSync(
      orderFile(dir, record.id),
      JSON.stringify(
        { schemaVersion: orderFormat.version, data: orderFormat.current.parse(record) },
        undefined,
        '\t',
      ),
    );
    const transferDate = foc?.date ?? desiredDate;
    return {
      id: record.id,
      name,
      status,
      carrierName: answers.account.carrierName,
      companyName,
      microsoftOrderId,
      numberCount,
      transferDate,
      transferDateKind: foc ? 'foc' : transferDate ? 'desired' : 'none',
      updatedAt: record.updatedAt,
    };
  });
}

/** A status by the weights; the first nine orders take one status each, so every status is there even in a small seed. */
function weighted(r: number, i: number, count: number): OrderStatus {
  if (i < orderStatuses.length && count >= orderStatuses.length) return orderStatuses[i]!;
  let left = r * 100;
  for (const status of orderStatuses) {
    left -= weights[status];
    if (left < 0) return status;
  }
  return 'completed';
}

function answersFor(
  now: Date,
  o: {
    name: string;
    companyName: string;
    carrier: string;
    country: 'US' | 'CA';
    numberType: 'geographic' | 'tollFree';
    desiredDate: string;
  },
): OrderAnswers {
  const valid = validAnswers(now);
  const address =
    o.country === 'CA'
      ? { street: '100 King St W', city: 'Toronto', region: 'ON', postalCode: 'M5V 2T6' }
      : {};
  return {
    ...valid,
    getStarted: { ...valid.getStarted, country: o.country },
    numbers: {
      ...valid.numbers,
      numberType: o.numberType,
      usage: o.numberType === 'tollFree' ? 'voiceApp' : 'user',
    },
    account: { ...valid.account, ...address, carrierName: o.carrier, companyName: o.companyName },
    details: {
      ...valid.details,
      orderName: o.name,
      desiredDate: o.desiredDate,
      startTime: o.desiredDate
        ? o.country === 'CA' || o.numberType === 'tollFree'
          ? '11:30'
          : '09:00'
        : '',
    },
  };
}

/** A draft holds answers only up to the step the admin reached. */
function blankAfter(answers: OrderAnswers, lastStep: StepId): OrderAnswers {
  const reached = stepIds.indexOf(lastStep);
  const kept = { ...answers };
  if (reached < stepIds.indexOf('btn')) kept.btn = emptyAnswers.btn;
  // The transfer date is kept as seeded: a draft may have one picked already, or none.
  if (reached < stepIds.indexOf('authorize')) kept.authorize = emptyAnswers.authorize;
  return kept;
}

/** A version-4 UUID from the seeded generator, so the same seed writes the same file names. */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A small seeded generator (mulberry32): the same orders on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
