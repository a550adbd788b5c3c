import { basename } from 'node:path';

import type { Recovery } from '@main/storage/document-store';
import { type HandlersOf } from '@shared/contract/channel';
import type { startupNoticeChannels } from '@shared/contract/startup-notices';
import { UserFacingError } from '@shared/ipc-error';
import type { StartupNotice } from '@shared/schemas/startup-notice';

const reasons: Record<Recovery['reason'], string> = {
  unreadable: 'could not be read (it is damaged, missing or not valid JSON)',
  invalid: 'held data PortDesk does not recognise',
  'newer-version': 'was written by a newer version of PortDesk',
};

/** What PortDesk did about a file, in the notice's title and sentence. */
export interface RecoveryOutcome {
  title: string;
  action: string;
}

/** Words the admin reads about a data file PortDesk could not use. */
export function noticeForRecovery(
  label: string,
  recovery: Recovery,
  outcome: RecoveryOutcome = { title: `${label} were reset`, action: 'started with defaults' },
): StartupNotice {
  const file = basename(recovery.file);
  const id = `recovered:${file}`;
  if (recovery.reason === 'newer-version') {
    return {
      id,
      title: `${label}: written by a newer PortDesk`,
      message: `The file ${file} ${reasons[recovery.reason]}. PortDesk left it exactly as it is and will not overwrite it; until you update PortDesk it ${outcome.action}.`,
    };
  }
  if (recovery.detail) {
    return {
      id,
      title: outcome.title,
      message: `The file ${file} ${reasons[recovery.reason]}. ${recovery.detail}.`,
    };
  }
  const kept = recovery.backupPath
    ? `PortDesk kept it as a backup and ${outcome.action}. Nothing was deleted: the backup is at ${recovery.backupPath}.`
    : `PortDesk ${outcome.action}.`;
  const notice = {
    id,
    title: outcome.title,
    message: `The file ${file} ${reasons[recovery.reason]}. ${kept}`,
  };
  return recovery.backupPath ? { ...notice, backupPath: recovery.backupPath } : notice;
}

export interface StartupNoticeService {
  list(): StartupNotice[];
  dismiss(id: string): StartupNotice[];
  revealBackup(id: string): boolean;
}

/**
 * Notices about this start (and about files first read since, such as a number list
 * opened later), until the admin dismisses them; `revealPath` shows a file in the OS
 * file manager.
 */
export function createStartupNoticeService(
  current: () => StartupNotice[],
  revealPath: (path: string) => void,
): StartupNoticeService {
  const dismissed = new Set<string>();
  const list = () => current().filter((n) => !dismissed.has(n.id));
  return {
    list,
    dismiss(id) {
      dismissed.add(id);
      return list();
    },
    revealBackup(id) {
      const notice = list().find((n) => n.id === id);
      if (!notice?.backupPath)
        throw new UserFacingError('not-found', 'That notice has no backup file to show.', 'id');
      revealPath(notice.backupPath);
      return true;
    },
  };
}

/** The start-up notice channels, answered by this service. */
export function startupNoticeHandlers(
  notices: StartupNoticeService,
): HandlersOf<typeof startupNoticeChannels> {
  return {
    getStartupNotices: () => notices.list(),
    dismissStartupNotice: ({ id }) => notices.dismiss(id),
    revealStartupNoticeBackup: ({ id }) => notices.revealBackup(id),
  };
}
