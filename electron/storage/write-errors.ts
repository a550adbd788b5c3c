import { UserFacingError } from '@shared/ipc-error';

/** What the OS said, in words, and what the admin can do about it. */
const reasons: Record<string, [why: string, todo: string]> = {
  ENOSPC: ['the disk is full', 'Free some space on the disk'],
  EDQUOT: ['the disk quota is used up', 'Free some space in your quota'],
  EACCES: ['PortDesk may not write to its data folder', 'Check the folder’s permissions'],
  EPERM: ['PortDesk may not write to its data folder', 'Check the folder’s permissions'],
  EROFS: ['the data folder is on a read-only disk', 'Make the disk writable'],
  EBUSY: ['another program holds the file', 'Close the program that has it open'],
  EIO: ['the disk reported an error', 'Check the disk'],
};

/** A failed write in the admin's words: what could not be saved, why, and what to do. */
export function notSavedError(label: string, error: unknown): UserFacingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const [why, todo] = reasons[code] ?? [
    `the disk refused the write${code ? ` (${code})` : ''}`,
    'Check the disk',
  ];
  return new UserFacingError(
    'not-saved',
    `${label} could not be saved: ${why}. ${todo}, then try again.`,
  );
}
