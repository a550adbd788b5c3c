import { Checkbox } from '@fluentui/react-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/** A yes/no answer as a checkbox bound to react-hook-form. */
export function FormCheckbox<T extends FieldValues>({
  control,
  name,
  label,
  disabled,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  disabled?: boolean;
}): React.JSX.Element {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox
          ref={field.ref}
          name={field.name}
          label={label}
          disabled={disabled}
          checked={field.value === true}
          onChange={(_e, data) => {
            field.onChange(data.checked === true);
            field.onBlur();
          }}
        />
      )}
    />
  );
}
