import type { NumbersSummary } from '@shared/schemas/numbers';
import type { OrderAnswers } from '@shared/schemas/order-answers';
import type { z } from 'zod';

/** What a step's rules may look at beyond the step itself: other steps, the carrier PIN's presence, today. */
export interface RuleContext {
  answers: OrderAnswers;
  carrierPinSet: boolean;
  /** The number list in figures (the list itself stays in main). */
  numbers: NumbersSummary;
  /** The admin's today; only its calendar day is used. */
  today: Date;
}

/** Adds an error at a field, worded for the admin. */
export function fail<T>(ctx: z.RefinementCtx<T>, field: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [field], message });
}
