import { parseIsoDate } from '@shared/calendar/business-days';
import type { OrderDocument } from '@shared/schemas/order';
import { documentsAnswersSchema } from '@shared/schemas/order-answers';
import { differenceInCalendarDays, format } from 'date-fns';

import { fail, type RuleContext } from './context';

/** A bill older than this many days gets a warning: carriers match against a recent one. */
export const billMaxAgeDays = 30;

/** Documents: the bill's date, when given, is a real date not in the future. The files themselves are optional. */
export const documentsRules = (rc: RuleContext) =>
  documentsAnswersSchema.superRefine((a, ctx) => {
    if (a.billDate === '') return;
    const date = parseIsoDate(a.billDate);
    if (!date) fail(ctx, 'billDate', 'Bill date: enter the date on the bill, such as 2026-02-20.');
    else if (date > rc.today)
      fail(
        ctx,
        'billDate',
        `Bill date: ${format(date, 'MMMM d, yyyy')} is in the future; enter the date printed on the bill.`,
      );
  });

/**
 * Warnings, not errors: no documents at all, a bill older than 30 days. Today's admin center
 * lists the documents the carrier will need and keeps them with the order, but the carrier
 * asks for them only when it wants them: an order without a PDF bill may still be submitted.
 */
export function documentsWarnings(
  a: { billDate: string },
  documents: readonly OrderDocument[],
  today: Date,
): { field: 'billDate' | 'documents'; message: string }[] {
  const warnings: { field: 'billDate' | 'documents'; message: string }[] = [];
  if (documents.length === 0)
    warnings.push({
      field: 'documents',
      message:
        'Documents: none attached yet. The carrier may ask for a recent bill or the CSR; attach them here so they go in the package.',
    });
  const date = parseIsoDate(a.billDate);
  if (date && date <= today) {
    const age = differenceInCalendarDays(today, date);
    if (age > billMaxAgeDays)
      warnings.push({
        field: 'billDate',
        message: `Bill date: the bill is ${age} days old; carriers want one from the last ${billMaxAgeDays} days. Attach a more recent bill if you have one.`,
      });
  }
  return warnings;
}
