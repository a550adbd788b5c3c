import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { FormChoice } from '@renderer/components/form-choice';
import { assignedToWords, choiceLabel, numberTypeWords } from '@shared/order/answer-words';
import { manualRouteReason } from '@shared/order/route';
import { countryIds, countryWords } from '@shared/schemas/country';
import type { Order } from '@shared/schemas/order';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/** Location and number type; toll-free and service numbers take the manual route, said here before anything else. */
export function LocationStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('location', order);
  const [numberType, assignedTo] = form.watch(['numberType', 'assignedTo']);
  const manual = manualRouteReason({ numberType, assignedTo });
  return (
    <StepSection title="Where and what" grid={false}>
      <FormChoice
        control={form.control}
        name="country"
        label="Country or region"
        layout="horizontal"
        choices={countryIds.map((value) => ({ value, label: countryWords[value].name }))}
      />
      <FormChoice
        control={form.control}
        name="numberType"
        label="Number type"
        choices={(['geographic', 'tollFree'] as const).map((value) => ({
          value,
          label: choiceLabel(numberTypeWords[value]),
        }))}
      />
      <FormChoice
        control={form.control}
        name="assignedTo"
        label="The numbers will be assigned to"
        choices={(['users', 'services'] as const).map((value) => ({
          value,
          label: choiceLabel(assignedToWords[value]),
        }))}
      />
      {manual ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This order takes the manual route</MessageBarTitle>
            The admin center&apos;s wizard does not take{' '}
            {manual === 'tollFree'
              ? numberTypeWords.tollFree.word
              : assignedToWords.services.adjective}{' '}
            numbers. You send the signed letter of authorization and the numbers to Microsoft&apos;s
            porting desk instead. PortDesk still checks every answer and prepares the files; keep
            each order to one number type, and users&apos; and services&apos; numbers apart.
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </StepSection>
  );
}
