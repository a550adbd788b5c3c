import { UserFacingError } from '@shared/ipc-error';

const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'PortDesk may not write to its data folder',
  EPERM: 'PortDesk may not write to its data folder',
  EROFS: 'the data folder is on a read-only disk',
  EBUSY: 'another program holds the file',
  EIO: 'the disk reported an error',
};

/** A failed write in the admin's words: nothing was saved, and what to do. */
export function notSavedError(label: string, error: unknown): UserFacingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const why = reasons[code] ?? `the disk refused the write${code ? ` (${code})` : ''}`;
  return new UserFacingError(
    'not-saved',
    `Not saved: ${label.toLowerCase()} could not be written because ${why}. Nothing you typed is lost; fix that and try again.`,
  );
}
