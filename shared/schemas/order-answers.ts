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

export const getStartedAnswersSchema = z
  .object({ checklist: z.array(z.enum(checklistItemIds)).max(10) })
  .strict();

export const locationAnswersSchema = z
  .object({
    country: choice(['US', 'CA']),
    numberType: choice(['geographic', 'tollFree']),
    assignedTo: choice(['users', 'services']),
  })
  .strict();

/** The most characters each account answer holds; the order name's 80 is the admin center's. */
export const accountMaxLengths = {
  orderName: 80,
  carrierName: 100,
  accountNumber: 60,
  btn: 30,
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
export const accountAnswersSchema = z
  .object({
    orderName: text(m.orderName),
    carrierName: text(m.carrierName),
    accountNumber: text(m.accountNumber),
    btn: text(m.btn),
    carrierNeedsPin: z.boolean(),
    includesMobile: z.boolean(),
    companyName: text(m.companyName),
    authName: text(m.authName),
    authTitle: text(m.authTitle),
    authPhone: text(m.authPhone),
    authEmail: text(m.authEmail),
    street: text(m.street),
    city: text(m.city),
    region: text(m.region),
    postalCode: text(m.postalCode),
    notificationEmails: text(m.notificationEmails),
  })
  .strict();

/** The port type; the numbers themselves are kept apart (see `schemas/numbers.ts`), so autosaving a field never rewrites them. */
export const numbersAnswersSchema = z
  .object({ portType: choice(['full', 'partial']), leftBehind: choice(['keep', 'disconnect']) })
  .strict();

export const transferAnswersSchema = z
  .object({ desiredDate: text(10), startTime: text(5) })
  .strict();

export const loaAnswersSchema = z
  .object({ statements: z.array(z.enum(loaStatementIds)).max(10), signature: text(100) })
  .strict();

export const orderAnswersSchema = z.object({
  getStarted: getStartedAnswersSchema,
  location: locationAnswersSchema,
  account: accountAnswersSchema,
  numbers: numbersAnswersSchema,
  transfer: transferAnswersSchema,
  loa: loaAnswersSchema,
});
export type OrderAnswers = z.infer<typeof orderAnswersSchema>;
export type LocationAnswers = OrderAnswers['location'];
export type AccountAnswers = OrderAnswers['account'];

export const emptyAnswers: OrderAnswers = {
  getStarted: { checklist: [] },
  location: { country: '', numberType: '', assignedTo: '' },
  account: {
    orderName: '',
    carrierName: '',
    accountNumber: '',
    btn: '',
    carrierNeedsPin: false,
    includesMobile: false,
    companyName: '',
    authName: '',
    authTitle: '',
    authPhone: '',
    authEmail: '',
    street: '',
    city: '',
    region: '',
    postalCode: '',
    notificationEmails: '',
  },
  numbers: { portType: '', leftBehind: '' },
  transfer: { desiredDate: '', startTime: '' },
  loa: { statements: [], signature: '' },
};
