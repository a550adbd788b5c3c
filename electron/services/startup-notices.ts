import { basename } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import type { StartupNotice } from '@shared/schemas/startup-notice';

import type { Recovery } from '../storage/document-store';

const reasons: Record<Recovery['reason'], string> = {
  unreadable: 'could not be read (it is damaged or not valid JSON)',
  invalid: 'held data PortDesk does not recognise',
  'newer-version': 'was written by a newer version of PortDesk',
};

/** Words the admin reads about a data file that was moved aside. */
export function noticeForRecovery(
  label: string,
  recovery: Recovery,
  outcome = { title: `${label} were reset`, action: 'started with defaults' },
): StartupNotice {
  return {
    id: `recovered:${basename(recovery.file)}`,
    title: outcome.title,
    message:
      `The file ${basename(recovery.file)} ${reasons[recovery.reason]}. PortDesk kept it as a backup ` +
      `and ${outcome.action}. Nothing was deleted: the backup is at ${recovery.backupPath}.`,
    backupPath: recovery.backupPath,
  };
}

export interface StartupNoticeService {
  list(): StartupNotice[];
  dismiss(id: string): StartupNotice[];
  revealBackup(id: string): boolean;
}

/** Notices from this start-up, until the admin dismisses them; `revealPath` shows a file in the OS file manager. */
export function createStartupNoticeService(
  initial: StartupNotice[],
  revealPath: (path: string) => void,
): StartupNoticeService {
  let notices = [...initial];
  return {
    list: () => notices,
    dismiss(id) {
      notices = notices.filter((n) => n.id !== id);
      return notices;
    },
    revealBackup(id) {
      const notice = notices.find((n) => n.id === id);
      if (!notice?.backupPath)
        throw new UserFacingError('not-found', 'That notice has no backup file to show.', 'id');
      revealPath(notice.backupPath);
      return true;
    },
  };
}
