import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

import { api } from '../api';
import { useAppStore } from '../stores/app-store';

/** What main had to do at start-up (a data file moved aside), until the admin dismisses it. */
export function StartupNotices(): React.JSX.Element | null {
  const { notices, dismissNotice } = useAppStore();
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={`Dismiss: ${notice.title}`}
                onClick={() => void dismissNotice(notice.id)}
              />
            }
          >
            {notice.backupPath ? (
              <Button onClick={() => void api.revealStartupNoticeBackup({ id: notice.id })}>
                Show backup
              </Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}
