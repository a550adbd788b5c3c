import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { FormField } from '@renderer/components/form-field';
import { FormInput } from '@renderer/components/form-input';
import { FormSelect } from '@renderer/components/form-select';
import { parseIsoDate, toIsoDate } from '@shared/calendar/business-days';
import { accountFieldLabels } from '@shared/order/field-labels';
import {
  desiredDateProblem,
  earliestDesiredDate,
  latestDesiredDate,
  minBusinessDays,
  recommendedBusinessDays,
} from '@shared/order/lead-time';
import { detailsWarnings } from '@shared/order/rules/details-rules';
import { startTimesFor, transferWindowWords } from '@shared/order/transfer-times';
import type { Order } from '@shared/schemas/order';
import { accountMaxLengths } from '@shared/schemas/order-answers';
import { addDays, format, parse, startOfDay } from 'date-fns';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';
import { easternToLocal } from './eastern-time';

const useStyles = makeStyles({
  // Today is marked with a ring, never filled like the chosen day, and its number keeps the page's own colour (dark mode too).
  calendar: {
    '& .fui-CalendarDayGrid__dayIsToday': { color: tokens.colorNeutralForeground1 },
    '& .fui-CalendarDayGrid__dayTodayMarker': {
      backgroundColor: 'transparent',
      border: `2px solid ${tokens.colorBrandStroke1}`,
      boxSizing: 'border-box',
    },
  },
});

/** A typed date: 2026-03-16, 3/16/2026 or March 16, 2026. */
function readTypedDate(text: string): Date | null {
  const value = text.trim();
  for (const pattern of ['yyyy-MM-dd', 'M/d/yyyy', 'MMMM d, yyyy', 'MMM d, yyyy']) {
    const date = parse(value, pattern, new Date(0));
    if (!Number.isNaN(date.getTime()) && date.getFullYear() > 1900) return date;
  }
  return null;
}

/**
 * Porting details: the order's name, the requester, who is told of progress, and when the
 * numbers move. The date can be typed or picked; each day the calendar refuses says why
 * (a weekend, a holiday by name, too soon for the country, more than 30 days out).
 */
export function DetailsStep({ order }: { order: Order }): React.JSX.Element {
  const styles = useStyles();
  const form = useStepForm('details', order);
  const [desiredDate, startTime] = form.watch(['desiredDate', 'startTime']);
  const { country } = order.answers.getStarted;
  const { numberType } = order.answers.numbers;
  const today = new Date();
  const earliest = earliestDesiredDate(today, country || 'US');
  const latest = latestDesiredDate(today);
  const times = startTimesFor(country, numberType);
  const warnings = detailsWarnings({ desiredDate }, { today, numbers: order.numbers });
  const local = desiredDate && startTime ? easternToLocal(desiredDate, startTime) : undefined;
  const why = (date: Date) => desiredDateProblem(date, today, country || 'US')?.words;
  // The calendar shows a week past the last date, so "more than 30 days out" is seen, and said.
  const horizon = addDays(latest, 7);
  return (
    <>
      <StepSection title="The order">
        <FormInput
          control={form.control}
          name="orderName"
          maxLength={accountMaxLengths.orderName}
          label={accountFieldLabels.orderName}
          required
          hint="Your own label for this order."
        />
        <FormInput
          control={form.control}
          name="requester"
          maxLength={accountMaxLengths.requester}
          label={accountFieldLabels.requester}
          required
          hint="Who asks for the port (you, or a colleague)."
          autoComplete="name"
        />
        <FormInput
          control={form.control}
          name="notificationEmails"
          maxLength={accountMaxLengths.notificationEmails}
          label={accountFieldLabels.notificationEmails}
          required
          hint="People told of the order's progress. Separate addresses with ; (semicolon)."
        />
      </StepSection>
      <StepSection title="When the numbers move">
        <Controller
          control={form.control}
          name="desiredDate"
          render={({ field, fieldState }) => (
            <FormField
              name={field.name}
              label="Desired date"
              required
              hint={`Type it (${toIsoDate(earliest)}) or pick it: a US business day from ${format(earliest, 'MMMM d')} (${minBusinessDays[country || 'US']} business days out) to ${format(latest, 'MMMM d, yyyy')} (30 days).`}
              error={fieldState.error?.message}
              warning={warnings[0]?.message}
            >
              <DesiredDateInput
                field={field}
                today={today}
                horizon={horizon}
                why={why}
                className={styles.calendar}
              />
            </FormField>
          )}
        />
        <FormSelect
          control={form.control}
          name="startTime"
          label="Start time (Eastern time)"
          placeholder="Choose a time"
          options={times}
          hint={`${transferWindowWords(country, numberType)}.`}
        />
      </StepSection>
      {local ? <Text role="note">{local}</Text> : null}
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          This is the date you ask for: the current carrier confirms the actual one (the FOC), in 3
          to 5 business days in the US and 5 to 7 in Canada, and may move it. Microsoft recommends{' '}
          {recommendedBusinessDays} business days or more.
        </MessageBarBody>
      </MessageBar>
    </>
  );
}

const formatIso = (d?: Date | null) => (d ? toIsoDate(d) : '');

/**
 * The desired date, typed or picked. Its value is the same Date object while the answer is
 * the same, and its format function never changes: the date picker resets the text being
 * typed whenever either changes identity (a re-render from an autosave would wipe it).
 */
function DesiredDateInput(props: {
  field: {
    name: string;
    value: string;
    onChange: (v: string) => void;
    onBlur: () => void;
    ref: React.Ref<HTMLInputElement>;
  };
  today: Date;
  horizon: Date;
  why: (d: Date) => string | undefined;
  className: string;
}): React.JSX.Element {
  const { field, today, horizon, why, className } = props;
  const value = useMemo(() => parseIsoDate(field.value) ?? null, [field.value]);
  const day = toIsoDate(today);
  const minDate = useMemo(() => parseIsoDate(day) ?? null, [day]) ?? undefined;
  return (
    <DatePicker
      ref={field.ref}
      name={field.name}
      allowTextInput
      placeholder="yyyy-mm-dd"
      value={value}
      parseDateFromString={readTypedDate}
      formatDate={formatIso}
      minDate={minDate}
      maxDate={horizon}
      calendar={{
        className,
        calendarDayProps: {
          // A day the rules refuse is disabled and says why (its tooltip and its name).
          customDayCellRef: (element: HTMLElement | null, date) => {
            // A ref callback: called with null when the cell goes away.
            const reason = element ? why(date) : undefined;
            if (!element || !reason) return;
            element.title = `Not available: ${reason}`;
            element.setAttribute('aria-disabled', 'true');
            element.setAttribute(
              'aria-label',
              `${format(date, 'MMMM d')}, not available: ${reason}`,
            );
          },
        },
        restrictedDates: restrictedDays(today, horizon, why),
      }}
      onSelectDate={(d) => {
        field.onChange(d ? toIsoDate(d) : '');
        field.onBlur();
      }}
    />
  );
}

/** Every day from today to the horizon that the rules refuse: the calendar greys them out. */
function restrictedDays(today: Date, horizon: Date, why: (d: Date) => string | undefined): Date[] {
  const days: Date[] = [];
  for (let d = startOfDay(today); d <= horizon; d = addDays(d, 1)) if (why(d)) days.push(d);
  return days;
}
