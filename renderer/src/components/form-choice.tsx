import { Radio, RadioGroup } from '@fluentui/react-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import { FormField } from './form-field';

interface FormChoiceProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  choices: readonly { value: string; label: string }[];
  layout?: 'vertical' | 'horizontal';
  disabled?: boolean;
}

/** One answer out of a few, as labelled radio buttons bound to react-hook-form; the error shows under the group. */
export function FormChoice<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  choices,
  layout,
  disabled,
}: FormChoiceProps<T>): React.JSX.Element {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField name={name} label={label} hint={hint} required error={fieldState.error?.message}>
          <RadioGroup
            name={field.name}
            layout={layout}
            disabled={disabled}
            value={(field.value as string | undefined) ?? ''}
            onChange={(_e, data) => {
              field.onChange(data.value);
              field.onBlur();
            }}
          >
            {choices.map((choice, index) => (
              <Radio
                key={choice.value}
                value={choice.value}
                label={choice.label}
                ref={index === 0 ? field.ref : undefined}
              />
            ))}
          </RadioGroup>
        </FormField>
      )}
    />
  );
}
