import {
  Button,
  Card,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { api } from '@renderer/api';
import { PageHeader } from '@renderer/components/page-header';
import { TextList } from '@renderer/components/text-list';
import { useNavigation } from '@renderer/stores/navigation';
import { type PinStatus, todaysPinPage } from '@shared/schemas/pin';
import { useEffect, useState } from 'react';

import { formatTime } from './format-time';
import { PinPanel } from './pin-panel';

const useStyles = makeStyles({
  card: { maxWidth: '72ch' },
});

/** The admin center's rules for the port-out PIN, from its settings page. */
const rules = [
  'Only organizations in the United States use a port-out PIN. Without one, no number can be ported out.',
  'It has 6 to 10 digits: no letters, spaces or special characters.',
  'It is blank by default. Once set, it can be changed but never removed or set back to blank.',
  'The new carrier quotes it to Microsoft to port numbers out, so keep it secret.',
  `In today's admin center it is at ${todaysPinPage}, and that page asks for 10 digits: a 10-digit PIN suits both.`,
];

/** "Set or change your port-out PIN", for the active organization, as in the admin center. */
export function PinPage(): React.JSX.Element {
  const styles = useStyles();
  const navigate = useNavigation((s) => s.navigate);
  const [status, setStatus] = useState<PinStatus>();
  useEffect(() => {
    void api.getPinStatus().then(setStatus);
  }, []);

  return (
    <>
      <PageHeader title="Set or change your port-out PIN">
        The PIN your organization&apos;s new carrier must quote to move numbers away from Microsoft.
      </PageHeader>
      {!status ? <Spinner label="Loading the PIN status…" /> : null}
      {status?.notApplicable === 'no-organization' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No organization yet</MessageBarTitle>
            Add the organization you manage in Settings; the PIN belongs to it.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => navigate('settings')}>Go to Settings</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {status?.notApplicable === 'not-us' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not needed for {status.organizationName}</MessageBarTitle>A port-out
            PIN is only used for organizations in the United States, and {status.organizationName}{' '}
            is not one. There is nothing to set.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status && !status.notApplicable && !status.encryptionAvailable ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No secure storage on this computer</MessageBarTitle>
            PortDesk stores the PIN only encrypted by the operating system, and this system offers
            no encryption (on Linux, install and unlock a keyring such as GNOME Keyring or KWallet).
            The PIN will not be saved.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status && !status.notApplicable ? <PinPanel status={status} onChange={setStatus} /> : null}
      {status && status.history.length > 0 ? (
        <Card className={styles.card}>
          <Subtitle2 as="h2">History</Subtitle2>
          <TextList
            items={status.history
              .map((h) => `${h.kind === 'set' ? 'Set' : 'Changed'} ${formatTime(h.at)}`)
              .reverse()}
          />
        </Card>
      ) : null}
      <Card className={styles.card}>
        <TextList items={rules} />
      </Card>
    </>
  );
}
