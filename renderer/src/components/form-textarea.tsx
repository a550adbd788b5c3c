import { Textarea } from '@fluentui/react-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import { FormField } from './form-field';

/** A labelled multi-line text box bound to react-hook-form, for notes and details. */
export function FormTextarea<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
}): React.JSX.Element {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <FormField
          name={props.name}
          label={props.label}
          hint={props.hint}
          required={props.required}
          error={fieldState.error?.message}
        >
          <Textarea
            name={field.name}
            ref={field.ref}
            resize="vertical"
            maxLength={props.maxLength}
            value={(field.value as string | undefined) ?? ''}
            onChange={(_e, data) => field.onChange(data.value)}
            onBlur={field.onBlur}
          />
        </FormField>
      )}
    />
  );
}
