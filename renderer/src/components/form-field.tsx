import { Field, type FieldProps } from '@fluentui/react-components';

import { useFieldNotice } from './field-notice';

export type FormFieldProps = Omit<FieldProps, 'validationMessage' | 'validationState'> & {
  /** The answer's name: an outside notice on it (after a rejection) shows here. */
  name: string;
  /** The field's own error: it wins over anything else. */
  error?: string | undefined;
  /** Something to check, not to fix, given by the form; shown where there is no error. */
  warning?: string | undefined;
};

/**
 * Fluent's Field for a form control: it shows the control's error, else the outside notice
 * on `name` ("check this against the carrier's record" after a rejection: the admin must act
 * on it), else the warning the form gives. Every form control is built on it, so a notice
 * reaches each of them.
 */
export function FormField({ name, error, warning, ...props }: FormFieldProps): React.JSX.Element {
  const outside = useFieldNotice(name);
  const notice = outside ?? warning;
  return (
    <Field
      {...props}
      validationMessage={error ?? notice}
      validationState={error ? 'error' : notice ? 'warning' : 'none'}
    />
  );
}
