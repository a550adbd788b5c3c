import { Body1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { FormChecklist } from '@renderer/components/form-checklist';
import { FormChoice } from '@renderer/components/form-choice';
import { FormInput } from '@renderer/components/form-input';
import { authorizeWarnings } from '@shared/order/rules/authorize-rules';
import { loaStatements } from '@shared/order/statements';
import type { Order } from '@shared/schemas/order';
import { format } from 'date-fns';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/**
 * Authorize and submit: the admin center sends an e-signature request to the authorized
 * user (the order goes in once signed), or the letter is printed, signed by hand on its
 * blank line, and uploaded. The typed name is printed under that line.
 */
export function AuthorizeStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('authorize', order);
  const [method, eSignatureSentOn] = form.watch(['method', 'eSignatureSentOn']);
  const authName = order.answers.account.authName.trim();
  return (
    <>
      <StepSection title="How the authorized user signs" grid={false}>
        <FormChoice
          control={form.control}
          name="method"
          label="Authorization"
          choices={[
            {
              value: 'eSignature',
              label: `E-signature request: the admin center e-mails ${authName || 'the authorized user'} a request to sign; the order goes in once signed`,
            },
            {
              value: 'letter',
              label: 'The letter: print it, have it signed by hand, and upload the scan',
            },
          ]}
        />
      </StepSection>
      {method === 'eSignature' ? (
        <StepSection title="The e-signature request">
          <FormInput
            control={form.control}
            name="eSignatureSentOn"
            maxLength={10}
            label="Request sent on"
            type="date"
            hint="Fill this in once the admin center has sent it; PortDesk keeps it with the order."
            warning={authorizeWarnings({ method, eSignatureSentOn })[0]?.message}
          />
        </StepSection>
      ) : null}
      {method === 'letter' ? (
        <>
          <StepSection title="Statements" grid={false}>
            <FormChecklist
              control={form.control}
              name="statements"
              label="The authorized user states that"
              items={loaStatements}
            />
          </StepSection>
          <StepSection title="Name under the signature" grid={false}>
            <Body1>
              The authorized user on Account information is{' '}
              <strong>{authName || 'not entered yet'}</strong>. The letter leaves a blank line for
              the hand signature; the name typed here is printed under it.
            </Body1>
            <FormInput
              control={form.control}
              name="signature"
              maxLength={100}
              label="Name under the signature (type the full name)"
              required
              autoComplete="off"
            />
            <MessageBar intent={order.signedAt ? 'success' : 'info'}>
              <MessageBarBody>
                {order.signedAt
                  ? `Dated ${format(new Date(order.signedAt), 'MMMM d, yyyy')}: the letter carries this date beside the signature line.`
                  : 'The letter is dated when every statement is ticked and the name matches.'}
              </MessageBarBody>
            </MessageBar>
          </StepSection>
        </>
      ) : null}
    </>
  );
}
