import {
  Button,
  Card,
  makeStyles,
  Subtitle2,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { api } from '@renderer/api';
import { showApiError } from '@renderer/components/api-error-to-form';
import { FormInput } from '@renderer/components/form-input';
import { FormStatus } from '@renderer/components/form-status';
import { errorWords } from '@shared/error-words';
import {
  pinLengthWarning,
  type PinStatus,
  type SetPinInput,
  setPinInputSchema,
} from '@shared/schemas/pin';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';

import { formatTime } from './format-time';

const useStyles = makeStyles({
  card: {
    maxWidth: '72ch',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** Set or change the PIN: typed twice, masked unless the admin shows it, checked again by main. */
export function PinPanel({
  status,
  onChange,
}: {
  status: PinStatus;
  onChange: (s: PinStatus) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [visible, setVisible] = useState(false);
  const [message, setMessage] = useState('');
  const form = useForm<SetPinInput>({
    resolver: zodResolver(setPinInputSchema),
    defaultValues: { pin: '', confirm: '' },
    criteriaMode: 'all',
  });
  // Cleared once main has stored the PIN: RHF's advice is to reset after the submit completes, not inside it.
  const { isSubmitSuccessful, submitCount } = form.formState;
  useEffect(() => {
    if (isSubmitSuccessful) form.reset();
  }, [isSubmitSuccessful, submitCount, form]);
  const pinErrors = Object.values(form.formState.errors.pin?.types ?? {})
    .flat()
    .map(String);

  const save = form.handleSubmit(
    async (values) => {
      setMessage('');
      try {
        onChange(await api.setPin(values));
        setMessage(status.isSet ? 'PIN changed.' : 'PIN saved.');
      } catch (error) {
        showApiError(form.setError, ['pin', 'confirm'], error);
      }
    },
    // A refused PIN must not sit under the last save's "PIN saved.".
    () => setMessage(''),
  );
  const copy = async () => {
    try {
      const { clearsAfterSeconds } = await api.copyPinToClipboard();
      setMessage(`PIN copied. PortDesk clears the clipboard in ${clearsAfterSeconds} seconds.`);
    } catch (error) {
      setMessage(errorWords(error));
    }
  };

  return (
    <Card className={styles.card}>
      <Subtitle2 as="h2">{status.isSet ? 'Change the PIN' : 'Set the PIN'}</Subtitle2>
      <Text>
        {status.isSet && status.lastChangedAt
          ? `A PIN is set for ${status.organizationName}. Last changed ${formatTime(status.lastChangedAt)}.`
          : `No PIN is set for ${status.organizationName}. Until one is, no number can be ported out.`}
      </Text>
      <form
        onSubmit={(e) => void save(e)}
        noValidate
        className={styles.card}
        aria-label="Port-out PIN"
      >
        <FormInput
          control={form.control}
          name="pin"
          label={status.isSet ? 'New PIN' : 'PIN'}
          hint="6 to 10 digits (today's admin center page asks for 10)"
          messages={pinErrors}
          warning={pinLengthWarning(form.watch('pin'))}
          type={visible ? 'text' : 'password'}
          inputMode="numeric"
          autoComplete="off"
        />
        <FormInput
          control={form.control}
          name="confirm"
          label="Confirm PIN"
          type={visible ? 'text' : 'password'}
          inputMode="numeric"
          autoComplete="off"
        />
        <Switch
          label="Show PIN"
          checked={visible}
          onChange={(_e, data) => setVisible(data.checked)}
        />
        <div className={styles.row}>
          <Button appearance="primary" type="submit">
            Save
          </Button>
          {status.isSet ? (
            <Button icon={<CopyRegular />} onClick={() => void copy()}>
              Copy PIN for the new carrier
            </Button>
          ) : null}
        </div>
        <FormStatus error={form.formState.errors.root?.message} message={message} />
      </form>
    </Card>
  );
}
