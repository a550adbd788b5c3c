/** The wizard's steps, in the order of today's US & Canada wizard in the admin center. */
export const stepIds = [
  'getStarted',
  'numbers',
  'btn',
  'account',
  'documents',
  'details',
  'authorize',
  'review',
] as const;
export type StepId = (typeof stepIds)[number];

/** The steps that hold answers; Review only shows them. */
export type AnswerStepId = Exclude<StepId, 'review'>;
export const answerStepIds = stepIds.filter((s): s is AnswerStepId => s !== 'review');

/** Each step's name, as the admin center names it where it has the step. */
export const stepTitles: Record<StepId, string> = {
  getStarted: 'Get started',
  numbers: 'Phone numbers',
  btn: 'BTN',
  account: 'Account information',
  documents: 'Documents',
  details: 'Porting details',
  authorize: 'Authorize and submit',
  review: 'Review',
};
