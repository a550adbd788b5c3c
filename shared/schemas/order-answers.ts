import { z } from 'zod';

/**
 * What each wizard step holds while the admin types: the shapes main accepts on every
 * autosave. Loose on purpose (a half-typed answer must be saved too); only types and
 * sizes are enforced here. Whether an answer is *right* is in `shared/order/rules/`.
 */
const text = (max: number) => z.string().max(max, `Use at most ${max} characters.`);
const choice = <const T extends readonly string[]>(values: T) =>
  z.enum(['', ...values] as ['', ...T]);

export const checklistItemIds = [
  'huntGroups',
  'noPendingOrders',
  'serviceActive',
  'noFreeze',
] as const;
export const loaStatementIds = [
  'authorized',
  'authorizePort',
  'matchesRecord',
  'serviceEnds',
] as const;

/** Who a number will serve in Teams, as the admin center asks it per number. */
export const numberUsages = ['user', 'voiceApp', 'conference'] as const;
export type NumberUsage = (typeof numberUsages)[number];
export const numberUsageSchema = z.enum(numberUsages);
/** The most numbers whose usage differs from the order's default (the wizard takes 999 numbers). */
export const maxUsageChanges = 1000;

/** Get started: the country the numbers are in now, and the checklist to settle with the carrier. */
export const getStartedAnswersSchema = z
  .object({
    country: choice(['US', 'CA']),
    checklist: z.array(z.enum(checklistItemIds)).max(10),
  })
  .strict();

/**
 * Phone numbers: the list itself is kept apart (see `schemas/numbers.ts`), so autosaving a
 * field never rewrites it. Here: its number type, the usage by default and per number
 * (E.164 → usage, only where it differs), and whether mobile numbers are among them.
 */
export const numbersAnswersSchema = z
  .object({
    numberType: choice(['geographic', 'tollFree']),
    usage: choice(numberUsages),
    usageByNumber: z
      .record(z.string().regex(/^\+1\d{10}$/), numberUsageSchema)
      .refine((r) => Object.keys(r).length <= maxUsageChanges, {
        error: `Usage: at most ${maxUsageChanges} numbers can differ from the order's usage.`,
      }),
    includesMobile: z.boolean(),
  })
  .strict();

/** The most characters each answer holds; the order name's 80 is the admin center's. */
export const accountMaxLengths = {
  orderName: 80,
  requester: 100,
  carrierName: 100,
  accountNumber: 60,
  btn: 30,
  replacementBtn: 30,
  companyName: 100,
  authName: 100,
  authTitle: 100,
  authPhone: 30,
  authEmail: 254,
  street: 200,
  city: 100,
  region: 2,
  postalCode: 10,
  notificationEmails: 2000,
} as const;

/** A name cut to what an order name holds (a copy's " (copy)" must not make it too long to save). */
export function fitOrderName(name: string): string {
  return name.slice(0, accountMaxLengths.orderName);
}

const m = accountMaxLengths;

/** BTN: full or partial port; a partial port may take the BTN when a replacement BTN stays behind. */
export const btnAnswersSchema = z
  .object({
    btn: text(m.btn),
    portType: choice(['full', 'partial']),
    leftBehind: choice(['keep', 'disconnect']),
    replacementBtn: text(m.replacementBtn),
  })
  .strict();

/** Account information: the carrier, the account, the one authorized user, the service address. */
export const accountAnswersSchema = z
  .object({
    companyName: text(m.companyName),
    carrierName: text(m.carrierName),
    accountNumber: text(m.accountNumber),
    carrierNeedsPin: z.boolean(),
    authName: text(m.authName),
    authTitle: text(m.authTitle),
    authPhone: text(m.authPhone),
    authEmail: text(m.authEmail),
    street: text(m.street),
    city: text(m.city),
    region: text(m.region),
    postalCode: text(m.postalCode),
  })
  .strict();

/** Documents: the files themselves are kept by main (the order's `documents`); here the bill's date. */
export const documentsAnswersSchema = z.object({ billDate: text(10) }).strict();

/** Porting details: the admin's own label, who asks, who is told, and when the numbers move. */
export const detailsAnswersSchema = z
  .object({
    orderName: text(m.orderName),
    requester: text(m.requester),
    notificationEmails: text(m.notificationEmails),
    desiredDate: text(10),
    startTime: text(5),
  })
  .strict();

/** Authorize and submit: an e-signature request from the admin center, or the letter signed by hand. */
export const authorizeAnswersSchema = z
  .object({
    method: choice(['eSignature', 'letter']),
    eSignatureSentOn: text(10),
    statements: z.array(z.enum(loaStatementIds)).max(10),
    signature: text(100),
  })
  .strict();

export const orderAnswersSchema = z.object({
  getStarted: getStartedAnswersSchema,
  numbers: numbersAnswersSchema,
  btn: btnAnswersSchema,
  account: accountAnswersSchema,
  documents: documentsAnswersSchema,
  details: detailsAnswersSchema,
  authorize: authorizeAnswersSchema,
});
export type OrderAnswers = z.infer<typeof orderAnswersSchema>;
export type AccountAnswers = OrderAnswers['account'];
export type NumbersAnswers = OrderAnswers['numbers'];
export type BtnAnswers = OrderAnswers['btn'];
export type DetailsAnswers = OrderAnswers['details'];

export const emptyAnswers: OrderAnswers = {
  getStarted: { country: '', checklist: [] },
  numbers: { numberType: '', usage: '', usageByNumber: {}, includesMobile: false },
  btn: { btn: '', portType: '', leftBehind: '', replacementBtn: '' },
  account: {
    companyName: '',
    carrierName: '',
    accountNumber: '',
    carrierNeedsPin: false,
    authName: '',
    authTitle: '',
    authPhone: '',
    authEmail: '',
    street: '',
    city: '',
    region: '',
    postalCode: '',
  },
  documents: { billDate: '' },
  details: { orderName: '', requester: '', notificationEmails: '', desiredDate: '', startTime: '' },
  authorize: { method: '', eSignatureSentOn: '', statements: [], signature: '' },
};
