import { z } from 'zod';

import { type orderFileV1 } from './v1';
import { orderFileV2 } from './v2';

/*
 * A port order file at format version 3 (issue 15: today's US & Canada wizard). FROZEN
 * once released.
 * - The steps follow today's admin center: Get started, Phone numbers, BTN, Account
 *   information, Documents, Porting details, Authorize and submit, Review. The answers
 *   are grouped by those steps (the old Location, Transfer date and Letter steps are gone).
 * - New answers: usage (default and per number), replacement BTN, requester, the bill's
 *   date, how the letter is signed (e-signature request or by hand) and when it was sent.
 * - New statuses: Customer action required, Microsoft support engaged.
 * - The order's documents (PDFs kept beside it), scans detached by an edit after
 *   submitting, and the mark that the letter needs a new signature.
 */
const text = (max: number) => z.string().max(max);
const choice = <const T extends readonly string[]>(values: T) =>
  z.enum(['', ...values] as ['', ...T]);
const stepIds = [
  'getStarted',
  'numbers',
  'btn',
  'account',
  'documents',
  'details',
  'authorize',
  'review',
] as const;
const answerStepIds = stepIds.filter((s) => s !== 'review') as [
  'getStarted',
  'numbers',
  'btn',
  'account',
  'documents',
  'details',
  'authorize',
];
const statuses = [
  ...orderFileV2.shape.status.options,
  'customerActionRequired',
  'supportEngaged',
] as const;
const usage = z.enum(['user', 'voiceApp', 'conference']);

export const answersV3 = z.object({
  getStarted: z
    .object({
      country: choice(['US', 'CA']),
      checklist: z
        .array(z.enum(['huntGroups', 'noPendingOrders', 'serviceActive', 'noFreeze']))
        .max(10),
    })
    .strict(),
  numbers: z
    .object({
      numberType: choice(['geographic', 'tollFree']),
      usage: choice(['user', 'voiceApp', 'conference']),
      usageByNumber: z
        .record(z.string().regex(/^\+1\d{10}$/), usage)
        .refine((r) => Object.keys(r).length <= 1000),
      includesMobile: z.boolean(),
    })
    .strict(),
  btn: z
    .object({
      btn: text(30),
      portType: choice(['full', 'partial']),
      leftBehind: choice(['keep', 'disconnect']),
      replacementBtn: text(30),
    })
    .strict(),
  account: z
    .object({
      companyName: text(100),
      carrierName: text(100),
      accountNumber: text(60),
      carrierNeedsPin: z.boolean(),
      authName: text(100),
      authTitle: text(100),
      authPhone: text(30),
      authEmail: text(254),
      street: text(200),
      city: text(100),
      region: text(2),
      postalCode: text(10),
    })
    .strict(),
  documents: z.object({ billDate: text(10) }).strict(),
  details: z
    .object({
      orderName: text(80),
      requester: text(100),
      notificationEmails: text(2000),
      desiredDate: text(10),
      startTime: text(5),
    })
    .strict(),
  authorize: z
    .object({
      method: choice(['eSignature', 'letter']),
      eSignatureSentOn: text(10),
      statements: z
        .array(z.enum(['authorized', 'authorizePort', 'matchesRecord', 'serviceEnds']))
        .max(10),
      signature: text(100),
    })
    .strict(),
});

const timelineEntryV3 = orderFileV2.shape.timeline.unwrap().element.extend({
  status: z.enum(statuses),
});
const signedScanV3 = orderFileV2.shape.signedScan.unwrap();
export const orderDocumentV3 = z.object({
  kind: z.enum(['bill', 'carrierRecord']),
  fileName: z.string().max(255),
  bytes: z.number().int().nonnegative(),
  attachedAt: z.iso.datetime(),
  storedAs: z.string().regex(/^document-[0-9]+\.pdf$/),
});

const figuresV3 = orderFileV2.shape.numbers
  .unwrap()
  .extend({ replacementBtnListed: z.boolean().default(false) });

// listRevision is put back last, where the live record schema has it (the shapes are compared in order).
export const orderFileV3 = orderFileV2.omit({ listRevision: true }).extend({
  numbers: figuresV3.default({
    total: 0,
    usable: 0,
    errors: 0,
    duplicates: 0,
    warnings: 0,
    groups: [],
    btnListed: false,
    replacementBtnListed: false,
  }),
  status: z.enum(statuses),
  lastStep: z.enum(stepIds),
  visited: z.array(z.enum(stepIds)).max(stepIds.length),
  answers: answersV3,
  timeline: z.array(timelineEntryV3).max(5000).default([]),
  submission: orderFileV2.shape.submission
    .unwrap()
    .extend({ authorizedWith: z.enum(['signedLetter', 'eSignature']).optional() })
    .optional(),
  recheck: orderFileV2.shape.recheck
    .unwrap()
    .extend({
      fields: z.array(z.object({ step: z.enum(answerStepIds), field: z.string().max(40) })).max(20),
    })
    .optional(),
  documents: z.array(orderDocumentV3).max(10).default([]),
  detachedScans: z.array(signedScanV3).max(50).default([]),
  letterChanged: z
    .object({ at: z.iso.datetime(), fields: z.array(z.string().max(40)).max(40) })
    .optional(),
  listRevision: z.number().int().nonnegative(),
});

type OrderV2 = z.output<typeof orderFileV2>;
type AnswersV2 = z.output<typeof orderFileV1>['answers'];
type StepV3 = (typeof stepIds)[number];

/** Where each step of version 2 went: a draft left on an old step opens on the step that holds its first question now. */
const stepOfV2: Record<OrderV2['lastStep'], StepV3> = {
  getStarted: 'getStarted',
  location: 'getStarted',
  account: 'account',
  numbers: 'numbers',
  transfer: 'details',
  loa: 'authorize',
  review: 'review',
};
/** The steps of version 3 that now hold what an old step asked (for the steps the admin has seen). */
const stepsOfV2: Record<OrderV2['lastStep'], StepV3[]> = {
  getStarted: ['getStarted'],
  location: ['getStarted'],
  account: ['account'],
  numbers: ['numbers', 'btn'],
  transfer: ['details'],
  loa: ['authorize'],
  review: ['review'],
};

/** Where a field of version 2 lives in version 3, as `[step, field]`. */
export function fieldOfV2(step: string, field: string): [StepV3, string] {
  const moved: Record<string, [StepV3, string]> = {
    'location.country': ['getStarted', 'country'],
    'location.numberType': ['numbers', 'numberType'],
    'location.assignedTo': ['numbers', 'usage'],
    'account.orderName': ['details', 'orderName'],
    'account.notificationEmails': ['details', 'notificationEmails'],
    'account.btn': ['btn', 'btn'],
    'account.includesMobile': ['numbers', 'includesMobile'],
    'numbers.portType': ['btn', 'portType'],
    'numbers.leftBehind': ['btn', 'leftBehind'],
  };
  return (
    moved[`${step}.${field}`] ?? [stepOfV2[step as OrderV2['lastStep']] ?? 'getStarted', field]
  );
}

/** v2 answers as v3's: every answer kept, moved to the step that asks it today; new ones filled from the old. */
export function answersFromV2(a: AnswersV2): z.output<typeof answersV3> {
  const { orderName, notificationEmails, btn, includesMobile, ...account } = a.account;
  const usageOf = { users: 'user', services: 'voiceApp', '': '' } as const;
  return {
    getStarted: { country: a.location.country, checklist: a.getStarted.checklist },
    numbers: {
      numberType: a.location.numberType,
      usage: usageOf[a.location.assignedTo],
      usageByNumber: {},
      includesMobile,
    },
    btn: {
      btn,
      portType: a.numbers.portType,
      leftBehind: a.numbers.leftBehind,
      replacementBtn: '',
    },
    account,
    documents: { billDate: '' },
    details: {
      orderName,
      requester: '',
      notificationEmails,
      desiredDate: a.transfer.desiredDate,
      startTime: a.transfer.startTime,
    },
    authorize: {
      // A typed signature meant the letter: the only way to sign before version 3.
      method: a.loa.signature.trim() === '' ? '' : 'letter',
      eSignatureSentOn: '',
      statements: a.loa.statements,
      signature: a.loa.signature,
    },
  };
}

/** v2 → v3: answers moved to today's steps, steps renamed, the list's progress cache dropped (steps changed). */
export function upgradeOrderV2(data: unknown): unknown {
  const { progress, ...v2 } = data as OrderV2;
  void progress; // counted on the old steps: worked out again on the new ones
  return {
    ...v2,
    answers: answersFromV2(v2.answers),
    // A recreated draft opened at its first answer to check: that answer may live on another step now (the BTN).
    lastStep:
      v2.recheck?.fields[0] && v2.recheck.fields[0].step === v2.lastStep
        ? fieldOfV2(v2.recheck.fields[0].step, v2.recheck.fields[0].field)[0]
        : stepOfV2[v2.lastStep],
    visited: [...new Set(v2.visited.flatMap((s) => stepsOfV2[s]))],
    recheck: v2.recheck && {
      ...v2.recheck,
      fields: v2.recheck.fields.map((f) => {
        const [step, field] = fieldOfV2(f.step, f.field);
        return { step, field };
      }),
    },
    documents: [],
    detachedScans: [],
  };
}
