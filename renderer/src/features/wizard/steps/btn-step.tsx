import { FormChoice } from '@renderer/components/form-choice';
import { FormInput } from '@renderer/components/form-input';
import { digitsToE164 } from '@shared/numbers/nanp';
import { accountFieldLabels } from '@shared/order/field-labels';
import type { Order } from '@shared/schemas/order';
import { accountMaxLengths } from '@shared/schemas/order-answers';
import { useEffect, useState } from 'react';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

/**
 * BTN: the billing number, full or partial port, and in a partial port what happens to
 * the numbers left behind, with a replacement BTN when the BTN itself is ported.
 */
export function BtnStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('btn', order);
  const portType = form.watch('portType');
  const [tidied, setTidied] = useState<Partial<Record<'btn' | 'replacementBtn', string>>>({});
  const tidy = (field: 'btn' | 'replacementBtn', value: string) => {
    const clean = digitsToE164(value);
    if (clean === undefined || clean === value) return;
    form.setValue(field, clean, { shouldDirty: true, shouldValidate: true });
    setTidied((t) => ({ ...t, [field]: `PortDesk wrote it as ${clean}.` }));
  };
  // The BTN rules read the list: when main's figures change, their verdict may too.
  const { trigger, getFieldState } = form;
  useEffect(() => {
    for (const field of ['portType', 'replacementBtn'] as const)
      if (getFieldState(field).isTouched || getFieldState(field).error) void trigger(field);
  }, [order.numbers, trigger, getFieldState]);
  return (
    <>
      <StepSection title="Billing telephone number">
        <FormInput
          control={form.control}
          name="btn"
          maxLength={accountMaxLengths.btn}
          label={accountFieldLabels.btn}
          required
          placeholder="+14258820100"
          hint={tidied.btn ?? 'The main number on the bill, as +1 and 10 digits.'}
          onTidy={(v) => tidy('btn', v)}
        />
      </StepSection>
      <StepSection title="Port type" grid={false}>
        <FormChoice
          control={form.control}
          name="portType"
          label="Which numbers on the account move to Microsoft?"
          choices={[
            {
              value: 'full',
              label: 'All numbers on the account (full port): the BTN is in the list',
            },
            {
              value: 'partial',
              label: 'Only some (partial port): some numbers stay with the current carrier',
            },
          ]}
        />
        {portType === 'partial' ? (
          <>
            <FormChoice
              control={form.control}
              name="leftBehind"
              label="What happens to the numbers left behind?"
              hint="The current carrier needs to know: the numbers that stay on the account, and the BTN with them."
              choices={[
                { value: 'keep', label: 'They stay in service with the current carrier' },
                { value: 'disconnect', label: 'They are disconnected once the port completes' },
              ]}
            />
            <FormInput
              control={form.control}
              name="replacementBtn"
              maxLength={accountMaxLengths.replacementBtn}
              label={accountFieldLabels.replacementBtn}
              placeholder="+14258820199"
              hint={
                tidied.replacementBtn ??
                'Only to port the BTN too: another number on the account, not in the list, that becomes the BTN of the numbers left behind.'
              }
              onTidy={(v) => tidy('replacementBtn', v)}
            />
          </>
        ) : null}
      </StepSection>
    </>
  );
}
