import { FormChecklist } from '@renderer/components/form-checklist';
import { FormChoice } from '@renderer/components/form-choice';
import { TextList } from '@renderer/components/text-list';
import { canEditAnswers } from '@shared/order/lifecycle';
import { checklistItems } from '@shared/order/statements';
import { countryIds, countryWords } from '@shared/schemas/country';
import type { Order } from '@shared/schemas/order';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

const haveReady = [
  'A recent bill from the current carrier (PDF), and its customer service record (CSR; in Canada, the Equipment Record)',
  'The account number and the billing telephone number (BTN) exactly as on the CSR',
  'The company name and service address exactly as on the CSR',
  'The name, title, phone and e-mail of the one authorized user on the account',
  'The account PIN, if the carrier requires one (mobile numbers always do)',
];

/** Get started: the country the numbers are in now, the documents to have ready, and the checklist. */
export function GetStartedStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('getStarted', order);
  // As in the admin center, a submitted order keeps its country.
  const countryLocked = !canEditAnswers(order.status);
  return (
    <>
      <StepSection title="Where the numbers are now" grid={false}>
        <FormChoice
          control={form.control}
          name="country"
          label="Country or region"
          layout="horizontal"
          disabled={countryLocked}
          hint={countryLocked ? 'A submitted order keeps its country.' : undefined}
          choices={countryIds.map((value) => ({ value, label: countryWords[value].name }))}
        />
      </StepSection>
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
