import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { FormField } from '@renderer/components/form-field';
import { FormSelect } from '@renderer/components/form-select';
import {
  earliestTransferDate,
  nonBusinessDaysBetween,
  parseIsoDate,
  toIsoDate,
} from '@shared/calendar/business-days';
import { startTimes } from '@shared/order/transfer-times';
import type { Order } from '@shared/schemas/order';
import { addDays, format } from 'date-fns';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';
import { easternToLocal } from './eastern-time';

/** How far ahead the calendar offers dates; a desired date further out is rarely what a carrier will confirm. */
const horizonDays = 365;

/** Transfer date: only US business days at least 7 days out can be picked; the start time is Eastern, shown locally too. */
export function TransferStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('transfer', order);
  const [desiredDate, startTime] = form.watch(['desiredDate', 'startTime']);
  const { earliest, latest, closed } = useMemo(() => {
    const first = earliestTransferDate(new Date());
    const last = addDays(first, horizonDays);
    return { earliest: first, latest: last, closed: nonBusinessDaysBetween(first, last) };
  }, []);
  const local = desiredDate && startTime ? easternToLocal(desiredDate, startTime) : undefined;
  return (
    <>
      <StepSection title="When the numbers move">
        <Controller
          control={form.control}
          name="desiredDate"
          render={({ field, fieldState }) => (
            <FormField
              name={field.name}
              label="Desired date"
              required
              hint={`US business days only, from ${format(earliest, 'MMMM d, yyyy')}.`}
              error={fieldState.error?.message}
            >
              <DatePicker
                ref={field.ref}
                name={field.name}
                placeholder="Choose a date"
                value={parseIsoDate(field.value) ?? null}
                minDate={earliest}
                maxDate={latest}
                calendar={{ restrictedDates: closed }}
                formatDate={(d) => (d ? format(d, 'EEEE, MMMM d, yyyy') : '')}
                onSelectDate={(d) => {
                  field.onChange(d ? toIsoDate(d) : '');
                  field.onBlur();
                }}
              />
            </FormField>
          )}
        />
        <FormSelect
          control={form.control}
          name="startTime"
          label="Start time (Eastern time)"
          placeholder="Choose a time"
          options={startTimes}
        />
      </StepSection>
      {local ? <Text role="note">{local}</Text> : null}
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          Ports usually take 7 to 14 days and can take up to 30. This is the date you ask for: the
          current carrier confirms the actual one (the FOC date), and may move it. Ports happen only
          on US business days, never on weekends or US federal holidays.
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
