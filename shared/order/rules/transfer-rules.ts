import { earliestTransferDate, isWeekend, parseIsoDate } from '@shared/calendar/business-days';
import { federalHolidayOn } from '@shared/calendar/us-federal-holidays';
import { transferAnswersSchema } from '@shared/schemas/order-answers';
import { format } from 'date-fns';

import { startTimes } from '../transfer-times';
import { fail, type RuleContext } from './context';

const longDate = (d: Date) => format(d, 'EEEE, MMMM d, yyyy');

/** Transfer date: a US business day at least 7 days out, and a start time (Eastern). */
export const transferRules = (rc: RuleContext) =>
  transferAnswersSchema.superRefine((a, ctx) => {
    const date = parseIsoDate(a.desiredDate);
    const earliest = earliestTransferDate(rc.today);
    if (a.desiredDate === '')
      fail(ctx, 'desiredDate', 'Desired date: choose the day you want the numbers to move.');
    else if (!date) fail(ctx, 'desiredDate', 'Desired date: choose a date from the calendar.');
    else if (isWeekend(date)) {
      fail(
        ctx,
        'desiredDate',
        `Desired date: ${longDate(date)} is a weekend; ports happen on US business days.`,
      );
    } else if (federalHolidayOn(date)) {
      const holiday = federalHolidayOn(date)!;
      fail(
        ctx,
        'desiredDate',
        `Desired date: ${longDate(date)} is ${holiday.name}${holiday.observed ? ' (observed)' : ''}, a US federal holiday; ports do not happen then.`,
      );
    } else if (date < earliest) {
      fail(
        ctx,
        'desiredDate',
        `Desired date: choose ${longDate(earliest)} or later; carriers need at least 7 days.`,
      );
    }
    if (!startTimes.some((t) => t.value === a.startTime)) {
      fail(ctx, 'startTime', 'Start time: choose when the transfer should start (Eastern time).');
    }
  });
