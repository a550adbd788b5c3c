import { FormChecklist } from '@renderer/components/form-checklist';
import { TextList } from '@renderer/components/text-list';
import { checklistItems } from '@shared/order/statements';
import type { Order } from '@shared/schemas/order';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

const haveReady = [
  'A recent bill or customer service record (CSR) from the current carrier',
  'The account number and the billing telephone number (BTN) exactly as on the CSR',
  'The company name and service address exactly as on the CSR',
  'The name, title, phone and e-mail of the person authorized on the account',
  'The PIN to unblock numbers, if the carrier requires one (mobile numbers always do)',
];

/** Get started: what to have at hand, and the checklist to settle with the current carrier first. */
export function GetStartedStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('getStarted', order);
  return (
    <>
      <StepSection title="Have ready" grid={false}>
        <TextList items={haveReady} />
      </StepSection>
      <StepSection title="Before submitting" grid={false}>
        <FormChecklist
          control={form.control}
          name="checklist"
          label="Confirm each of these with the current carrier"
          items={checklistItems}
        />
      </StepSection>
    </>
  );
}
