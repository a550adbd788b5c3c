import { Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { readNumberLines } from '../../../../../shared/numbers/number-lines';
import type { Order } from '../../../../../shared/schemas/order';
import { FormChoice } from '../../../components/form-choice';
import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';
import { routeFor } from '../route';

/** Numbers: the port type with what happens to the numbers left behind, and the list itself. */
export function NumbersStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm('numbers', order);
  const [portType, numbersText] = form.watch(['portType', 'numbersText']);
  const entries = readNumberLines(numbersText);
  const readable = entries.filter((e) => e.problem === undefined).length;
  const route = routeFor(order.answers.location, readable);
  return (
    <>
      <StepSection title="Port type" grid={false}>
        <FormChoice
          control={form.control}
          name="portType"
          label="Which numbers on the account move to Microsoft?"
          choices={[
            { value: 'full', label: 'All numbers on the account (full port): the BTN is in the list' },
            { value: 'partial', label: 'Only some (partial port): the BTN stays with the current carrier' },
          ]}
        />
        {portType === 'partial' ? (
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
        ) : null}
      </StepSection>
      <StepSection title="Numbers to port" grid={false}>
        <Controller
          control={form.control}
          name="numbersText"
          render={({ field, fieldState }) => (
            <Field
              label="Phone numbers"
              required
              hint={`One a line, or separated by commas; punctuation is ignored. ${entries.length} read, ${readable} usable.`}
              validationMessage={fieldState.error?.message}
              validationState={fieldState.error ? 'error' : 'none'}
            >
              <Textarea
                ref={field.ref}
                name={field.name}
                value={field.value}
                onChange={(_e, data) => field.onChange(data.value)}
                onBlur={field.onBlur}
                resize="vertical"
                rows={8}
                placeholder={'+14255550100\n(425) 555-0101'}
              />
            </Field>
          )}
        />
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{route}</MessageBarBody>
        </MessageBar>
      </StepSection>
    </>
  );
}
