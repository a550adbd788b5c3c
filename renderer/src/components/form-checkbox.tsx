import { Checkbox } from '@fluentui/react-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import { FormField } from './form-field';

/** A yes/no answer as a checkbox bound to react-hook-form. */
export function FormCheckbox<T extends FieldValues>({
  control,
  name,
  label,
  disabled,
  onChecked,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  disabled?: boolean;
  /** Runs after the admin ticks or unticks it (e.g. to tick what it implies). */
  onChecked?: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField name={name} error={fieldState.error?.message}>
          <Checkbox
            ref={field.ref}
            name={field.name}
            label={label}
            disabled={disabled}
            checked={field.value === true}
            onChange={(_e, data) => {
              field.onChange(data.checked === true);
              field.onBlur();
              onChecked?.(data.checked === true);
            }}
          />
        </FormField>
      )}
    />
  );
}
