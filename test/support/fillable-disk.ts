import type { CreateConf } from '@main/storage/conf-like';
import { createTestConf } from '@tools/harness';

/**
 * Real conf files (createTestConf), with `beforeWrite` called with the document's name before
 * each write: it may count the write, or throw to refuse it as the OS would.
 */
export function confWatchingWrites(beforeWrite: (name: string) => void): CreateConf {
  return (options) => {
    const conf = createTestConf(options);
    return {
      get path() {
        return conf.path;
      },
      get store() {
        return conf.store;
      },
      set store(value) {
        beforeWrite(options.name);
        conf.store = value;
      },
    };
  };
}

/**
 * A disk that fills up on demand (for every file, or only for the files `refuses` names).
 * Test double: a full disk cannot be made here (root ignores permissions and no small file
 * system can be mounted), so conf's write is refused with ENOSPC as `atomically` reports it.
 */
export function fillableDisk() {
  const disk = { full: false, refuses: (name: string): boolean => (void name, true) };
  const createConf = confWatchingWrites((name) => {
    if (disk.full && disk.refuses(name)) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
      });
    }
  });
  return { disk, createConf };
}
