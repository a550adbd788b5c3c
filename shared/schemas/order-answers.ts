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

export const accountAnswersSchema = z
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
