import { z } from 'zod';

/*
 * A port order file at format version 1 (PortDesk 0.1, sessions 1 to 3). FROZEN: it
 * describes files already on admins' disks; change nothing here, add a version.
 */

const text = (max: number) => z.string().max(max);
const choice = <const T extends readonly string[]>(values: T) =>
  z.enum(['', ...values] as ['', ...T]);
const stepIds = [
  'getStarted',
  'location',
  'account',
  'numbers',
  'transfer',
  'loa',
  'review',
] as const;
const answerStepIds = ['getStarted', 'location', 'account', 'numbers', 'transfer', 'loa'] as const;
const statuses = [
  'draft',
  'ready',
  'processing',
  'contactingCarrier',
  'transferApproved',
  'transferPending',
  'completed',
  'error',
  'cancelled',
] as const;
const rejectionReasons = [
  'accountNumber',
  'btn',
  'authorizedPerson',
  'companyName',
  'serviceAddress',
  'invalidPin',
  'portType',
  'specialFeatures',
  'mustSplit',
  'numberInactive',
  'focRejected',
  'other',
] as const;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const answersV1 = z.object({
  getStarted: z
    .object({
      checklist: z
        .array(z.enum(['huntGroups', 'noPendingOrders', 'serviceActive', 'noFreeze']))
        .max(10),
    })
    .strict(),
  location: z
    .object({
      country: choice(['US', 'CA']),
      numberType: choice(['geographic', 'tollFree']),
      assignedTo: choice(['users', 'services']),
    })
    .strict(),
  account: z
    .object({
      orderName: text(80),
      carrierName: text(100),
      accountNumber: text(60),
      btn: text(30),
      carrierNeedsPin: z.boolean(),
      includesMobile: z.boolean(),
      companyName: text(100),
      authName: text(100),
      authTitle: text(100),
      authPhone: text(30),
      authEmail: text(254),
      street: text(200),
      city: text(100),
      region: text(2),
      postalCode: text(10),
      notificationEmails: text(2000),
    })
    .strict(),
  numbers: z
    .object({ portType: choice(['full', 'partial']), leftBehind: choice(['keep', 'disconnect']) })
    .strict(),
  transfer: z.object({ desiredDate: text(10), startTime: text(5) }).strict(),
  loa: z
    .object({
      statements: z
        .array(z.enum(['authorized', 'authorizePort', 'matchesRecord', 'serviceEnds']))
        .max(10),
      signature: text(100),
    })
    .strict(),
});

const emptyFiguresV1 = {
  total: 0,
  usable: 0,
  errors: 0,
  duplicates: 0,
  warnings: 0,
  groups: [],
  btnListed: false,
};
export const figuresV1 = z.object({
  total: z.number().int(),
  usable: z.number().int(),
  errors: z.number().int(),
  duplicates: z.number().int(),
  warnings: z.number().int(),
  groups: z.array(
    z.object({
      country: z.enum(['US', 'CA']),
      kind: z.enum(['geographic', 'tollFree']),
      count: z.number().int(),
    }),
  ),
  btnListed: z.boolean(),
});

export const timelineEntryV1 = z.object({
  at: z.iso.datetime(),
  status: z.enum(statuses),
  note: z.string().max(2500),
  by: z.enum(['admin', 'app']),
});

export const signedScanV1 = z.object({
  fileName: z.string().max(255),
  kind: z.enum(['pdf', 'png', 'jpg']),
  bytes: z.number().int().nonnegative(),
  attachedAt: z.iso.datetime(),
  storedAs: z.string().regex(/^signed-loa-[0-9]+\.(pdf|png|jpg)$/),
});

/** What an order holds, apart from PortDesk's own bookkeeping (the `.portorder` file carries this). */
export const orderShapeV1 = z.object({
  id: z.uuid(),
  organizationId: z.string().optional(),
  status: z.enum(statuses),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lastStep: z.enum(stepIds),
  visited: z.array(z.enum(stepIds)),
  answers: answersV1,
  signedAt: z.iso.datetime().optional(),
  readyAt: z.iso.datetime().optional(),
  numbers: figuresV1.default(emptyFiguresV1),
  timeline: z.array(timelineEntryV1).max(5000).default([]),
  submission: z
    .object({
      microsoftOrderId: z
        .string()
        .trim()
        .min(3)
        .max(64)
        .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/),
      submittedOn: isoDate,
    })
    .optional(),
  foc: z.object({ date: isoDate, time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }).optional(),
  rejection: z
    .object({ reason: z.enum(rejectionReasons), details: z.string().trim().max(2000) })
    .optional(),
  recheck: z
    .object({
      reason: z.enum(rejectionReasons),
      details: z.string().max(2000),
      fromOrderId: z.uuid(),
      fromOrderName: z.string().max(200),
      fields: z.array(z.object({ step: z.enum(answerStepIds), field: z.string().max(40) })).max(20),
    })
    .optional(),
  signedScan: signedScanV1.optional(),
});

/** The order file: the order, the sealed carrier PIN, the soft-delete mark and the list's progress cache. */
export const orderFileV1 = orderShapeV1.extend({
  carrierPinSealed: z.string().optional(),
  deletedAt: z.iso.datetime().optional(),
  progress: z
    .object({ stepsComplete: z.number().int().nonnegative(), checkedOn: z.string() })
    .optional(),
});
