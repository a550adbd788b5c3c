import { Select } from '@fluentui/react-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import { FormField } from './form-field';

interface FormSelectProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
  autoComplete?: string;
  /** Whether an answer is needed (an organization's details are all optional). */
  required?: boolean;
  hint?: string;
}

/** A native select (long lists such as the states stay fast and typeable), bound to react-hook-form. */
export function FormSelect<T extends FieldValues>({
  control,
  name,
  label,
  placeholder,
  options,
  autoComplete,
  required = true,
  hint,
}: FormSelectProps<T>): React.JSX.Element {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField
          name={name}
          label={label}
          hint={hint}
          required={required}
          error={fieldState.error?.message}
        >
          <Select
            name={field.name}
            ref={field.ref}
            autoComplete={autoComplete}
            value={(field.value as string | undefined) ?? ''}
            onChange={(_e, data) => field.onChange(data.value)}
            onBlur={field.onBlur}
          >
            <option value="">{placeholder}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </FormField>
      )}
    />
  );
}
