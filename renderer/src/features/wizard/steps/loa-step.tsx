import { Body1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { FormChecklist } from '@renderer/components/form-checklist';
import { FormInput } from '@renderer/components/form-input';
import { loaStatements } from '@shared/order/statements';
import type { Order } from '@shared/schemas/order';
import { format } from 'date-fns';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/** Letter of authorization: the statements, and the authorizing person's name typed as the signature. */
export function LoaStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('loa', order);
  const authName = order.answers.account.authName.trim();
  return (
    <>
      <StepSection title="Statements" grid={false}>
        <FormChecklist
          control={form.control}
          name="statements"
          label="The authorizing person states that"
          items={loaStatements}
        />
      </StepSection>
      <StepSection title="Signature" grid={false}>
        <Body1>
          The authorizing person on Account information is{' '}
          <strong>{authName || 'not entered yet'}</strong>. Type that name to sign.
        </Body1>
        <FormInput
          control={form.control}
          name="signature"
          maxLength={100}
          label="Signature (type the full name)"
          required
          autoComplete="off"
        />
        <MessageBar intent={order.signedAt ? 'success' : 'info'}>
          <MessageBarBody>
            {order.signedAt
              ? `Signed on ${format(new Date(order.signedAt), 'MMMM d, yyyy')}. The letter of authorization carries this date.`
              : 'Not signed yet: the signing date is recorded when every statement is ticked and the name matches.'}
          </MessageBarBody>
        </MessageBar>
      </StepSection>
    </>
  );
}
