import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import { FormField } from './form-field';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface FormChecklistProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  items: Readonly<Record<string, string>>;
}

/** Statements the admin ticks one by one, stored as the list of ticked ids. */
export function FormChecklist<T extends FieldValues>({
  control,
  name,
  label,
  items,
}: FormChecklistProps<T>): React.JSX.Element {
  const styles = useStyles();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const ticked = (field.value as string[] | undefined) ?? [];
        return (
          <FormField name={name} label={label} error={fieldState.error?.message}>
            <div className={styles.list} role="group" aria-label={label}>
              {Object.entries(items).map(([id, text], index) => (
                <Checkbox
                  key={id}
                  ref={index === 0 ? field.ref : undefined}
                  label={text}
                  checked={ticked.includes(id)}
                  onChange={(_e, data) => {
                    // Kept in the items' order, whatever order they were ticked in.
                    const next = Object.keys(items).filter((k) =>
                      k === id ? data.checked === true : ticked.includes(k),
                    );
                    field.onChange(next);
                    field.onBlur();
                  }}
                />
              ))}
            </div>
          </FormField>
        );
      }}
    />
  );
}
