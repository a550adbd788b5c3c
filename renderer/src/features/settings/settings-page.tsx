import {
  Button,
  Card,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { api } from '@renderer/api';
import { showApiError } from '@renderer/components/api-error-to-form';
import { FormStatus } from '@renderer/components/form-status';
import { PageHeader } from '@renderer/components/page-header';
import { useAppStore } from '@renderer/stores/app-store';
import { errorWords } from '@shared/error-words';
import { type Settings, settingsSchema } from '@shared/schemas/settings';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { OrganizationsCard } from './organizations-card';

const useStyles = makeStyles({
  card: {
    maxWidth: '72ch',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  folder: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
});

/** Settings: the app's appearance, and where PortDesk keeps its data. Changes save as they are made. */
export function SettingsPage(): React.JSX.Element {
  const styles = useStyles();
  const { settings, info, updateSettings } = useAppStore();
  const [status, setStatus] = useState('');
  const [folderStatus, setFolderStatus] = useState('');
  const showFolder = async () => {
    try {
      await api.revealDataFolder();
      setFolderStatus('Shown in the file manager.');
    } catch (error) {
      setFolderStatus(errorWords(error));
    }
  };
  const form = useForm<Settings>({
    resolver: zodResolver(settingsSchema),
    defaultValues: settings,
    mode: 'onChange',
  });

  // Each valid change goes straight to main, which checks it again before it touches the disk.
  const save = form.handleSubmit(async (values) => {
    try {
      await updateSettings(values);
      setStatus('Saved');
    } catch (error) {
      showApiError(form.setError, ['theme'], error);
      setStatus('');
    }
  });

  return (
    <>
      <PageHeader title="Settings">
        Your organizations, and preferences for PortDesk on this computer.
      </PageHeader>
      <OrganizationsCard />
      <Card className={styles.card}>
        <Subtitle2 as="h2">Appearance</Subtitle2>
        <Controller
          name="theme"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field label="Theme" validationMessage={fieldState.error?.message}>
              <RadioGroup
                value={field.value}
                onChange={(_e, data) => {
                  field.onChange(data.value);
                  void save();
                }}
              >
                <Radio value="system" label="Same as the operating system" />
                <Radio value="light" label="Light" />
                <Radio value="dark" label="Dark" />
              </RadioGroup>
            </Field>
          )}
        />
        <FormStatus error={form.formState.errors.root?.message} message={status} />
      </Card>
      <Card className={styles.card}>
        <Subtitle2 as="h2">Data</Subtitle2>
        <Text>PortDesk keeps drafts and settings in this folder, on this computer only:</Text>
        <Text className={styles.path}>{info?.dataFolder}</Text>
        <div className={styles.folder}>
          <Button icon={<FolderOpenRegular />} onClick={() => void showFolder()}>
            Show in the file manager
          </Button>
          <Text role="status">{folderStatus}</Text>
        </div>
        <Text size={200}>PortDesk {info?.version}</Text>
      </Card>
    </>
  );
}
