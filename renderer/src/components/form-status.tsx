import { Text } from '@fluentui/react-components';

/** The line under a form that screen readers announce: main's refusal when there is one, else what just happened. */
export function FormStatus({
  error,
  message,
}: {
  error: string | undefined;
  message: string;
}): React.JSX.Element {
  return (
    <Text role="status" aria-live="polite">
      {error ?? message}
    </Text>
  );
}
