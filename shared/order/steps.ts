import { z } from 'zod';

/** The wizard's steps, in the admin center's order. */
export const stepIds = [
  'getStarted',
  'location',
  'account',
  'numbers',
  'transfer',
  'loa',
  'review',
] as const;
export type StepId = (typeof stepIds)[number];
export const stepIdSchema = z.enum(stepIds);

/** The steps that hold answers; Review only shows them. */
export type AnswerStepId = Exclude<StepId, 'review'>;
export const answerStepIds = stepIds.filter((s): s is AnswerStepId => s !== 'review');

export const stepTitles: Record<StepId, string> = {
  getStarted: 'Get started',
  location: 'Location and number type',
  account: 'Account information',
  numbers: 'Numbers',
  transfer: 'Transfer date',
  loa: 'Letter of authorization',
  review: 'Review',
};
