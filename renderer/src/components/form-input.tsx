import { Input, type InputProps } from '@fluentui/react-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import { FormField } from './form-field';

interface FormInputProps<T extends FieldValues> extends Omit<
  InputProps,
  'name' | 'value' | 'onChange' | 'onBlur'
> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  required?: boolean;
  /** Several messages (all broken rules) instead of the first one. */
  messages?: string[];
  /** Shown when there is no error: something to check, not to fix. */
  warning?: string | undefined;
  /** Runs when the field loses focus, after react-hook-form's own handler (e.g. to tidy what was typed). */
  onTidy?: (value: string) => void;
}

/**
 * A labelled Fluent text input bound to react-hook-form. Controlled on purpose: Fluent's
 * Input keeps its own value state, so `register` alone would show stale text after a reset.
 */
export function FormInput<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  required,
  messages,
  warning,
  onTidy,
  ...inputProps
}: FormInputProps<T>): React.JSX.Element {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const text =
          messages && messages.length > 0 ? messages.join(' ') : fieldState.error?.message;
        return (
          <FormField
            name={name}
            label={label}
            hint={hint}
            required={required}
            error={text}
            warning={warning}
          >
            <Input
              {...inputProps}
              name={field.name}
              ref={field.ref}
              value={(field.value as string | undefined) ?? ''}
              onChange={(_e, data) => field.onChange(data.value)}
              onBlur={() => {
                field.onBlur();
                onTidy?.((field.value as string | undefined) ?? '');
              }}
            />
          </FormField>
        );
      }}
    />
  );
}
