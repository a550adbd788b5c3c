import { parseIsoDate } from '@shared/calendar/business-days';
import { countrySchema } from '@shared/schemas/country';
import { detailsAnswersSchema } from '@shared/schemas/order-answers';
import { format } from 'date-fns';

import { shortFieldLabels as label } from '../field-labels';
import { desiredDateProblem, leadTimeAdvice } from '../lead-time';
import { inTransferWindow, transferWindowWords } from '../transfer-times';
import { fail, type RuleContext } from './context';
import { checkEmailList } from './email-list';

const longDate = (d: Date) => format(d, 'EEEE, MMMM d, yyyy');

/**
 * Porting details as today's admin center asks them: the order's name, the requester and who
 * is told of progress, each required there and so here (a draft saved before the requester
 * was asked opens with it empty, an error at its field), and the desired date and time:
 * a US business day at least 5 (US) or 10 (Canada) business days out and at most 30 days
 * out, at a time inside the window for the order's country and number type (Eastern).
 */
export const detailsRules = (rc: RuleContext) =>
  detailsAnswersSchema.superRefine((a, ctx) => {
    if (a.orderName.trim() === '')
      fail(
        ctx,
        'orderName',
        `${label.orderName}: give the order a name you will recognize, such as "Seattle main office".`,
      );
    if (a.requester.trim() === '')
      fail(
        ctx,
        'requester',
        `${label.requester}: enter who asks for this port (you, or the colleague you draft it for), as the admin center asks on Porting details.`,
      );
    if (a.notificationEmails.trim() === '')
      fail(
        ctx,
        'notificationEmails',
        `${label.notificationEmails}: enter at least one address to be told of progress.`,
      );
    checkEmailList(a.notificationEmails, (m) => fail(ctx, 'notificationEmails', m));
    const date = parseIsoDate(a.desiredDate);
    const country = countrySchema.safeParse(rc.answers.getStarted.country);
    if (a.desiredDate === '')
      fail(ctx, 'desiredDate', 'Desired date: choose the day you want the numbers to move.');
    else if (!date)
      fail(
        ctx,
        'desiredDate',
        'Desired date: enter a date such as 2026-03-16, or choose one from the calendar.',
      );
    else if (!country.success)
      fail(ctx, 'desiredDate', 'Desired date: first choose the country on the Get started step.');
    else {
      const problem = desiredDateProblem(date, rc.today, country.data);
      if (problem) fail(ctx, 'desiredDate', `Desired date: ${longDate(date)} is ${problem.words}.`);
    }
    const { numberType } = rc.answers.numbers;
    if (a.startTime === '')
      fail(ctx, 'startTime', 'Start time: choose when the transfer should start (Eastern time).');
    else if (!inTransferWindow(a.startTime, rc.answers.getStarted.country, numberType))
      fail(
        ctx,
        'startTime',
        `Start time: ${transferWindowWords(rc.answers.getStarted.country, numberType)}; choose a time from the list.`,
      );
  });

/** Not errors: Microsoft's 15-business-day recommendation, and a large order's longer processing. */
export function detailsWarnings(
  a: { desiredDate: string },
  rc: Pick<RuleContext, 'today' | 'numbers'>,
): { field: 'desiredDate'; message: string }[] {
  const date = parseIsoDate(a.desiredDate);
  const advice = date ? leadTimeAdvice(date, rc.today) : undefined;
  return advice ? [{ field: 'desiredDate', message: advice }] : [];
}
