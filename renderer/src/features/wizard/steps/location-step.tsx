import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { FormChoice } from '@renderer/components/form-choice';
import type { Order } from '@shared/schemas/order';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/** Location and number type; toll-free and service numbers take the manual route, said here before anything else. */
export function LocationStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('location', order);
  const [numberType, assignedTo] = form.watch(['numberType', 'assignedTo']);
  const manual = numberType === 'tollFree' || assignedTo === 'services';
  return (
    <StepSection title="Where and what" grid={false}>
      <FormChoice
        control={form.control}
        name="country"
        label="Country or region"
        layout="horizontal"
        choices={[
          { value: 'US', label: 'United States' },
          { value: 'CA', label: 'Canada' },
        ]}
      />
      <FormChoice
        control={form.control}
        name="numberType"
        label="Number type"
        choices={[
          {
            value: 'geographic',
            label: 'Geographic (landline, VoIP or mobile numbers with an area code)',
          },
          { value: 'tollFree', label: 'Toll-free (800, 833, 844, 855, 866, 877, 888)' },
        ]}
      />
      <FormChoice
        control={form.control}
        name="assignedTo"
        label="The numbers will be assigned to"
        choices={[
          { value: 'users', label: 'Users' },
          {
            value: 'services',
            label: 'Services (conferencing bridges, auto attendants, call queues)',
          },
        ]}
      />
      {manual ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This order takes the manual route</MessageBarTitle>
            The admin center&apos;s wizard does not take{' '}
            {numberType === 'tollFree' ? 'toll-free' : 'service'} numbers. You send the signed
            letter of authorization and the numbers to Microsoft&apos;s porting desk instead.
            PortDesk still checks every answer and prepares the files; keep each order to one number
            type, and users&apos; and services&apos; numbers apart.
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </StepSection>
  );
}
