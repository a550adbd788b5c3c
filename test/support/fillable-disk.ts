import type { CreateConf } from '@main/storage/conf-like';
import { createTestConf } from '@tools/harness';

/**
 * A disk that fills up on demand (for every file, or only for the files `refuses` names).
 * Test double: a full disk cannot be made here (root ignores permissions and no small file
 * system can be mounted), so conf's write is refused with ENOSPC as `atomically` reports it.
 */
export function fillableDisk() {
  const disk = { full: false, refuses: (name: string): boolean => (void name, true) };
  const createConf: CreateConf = (options) => {
    const conf = createTestConf(options);
    return {
      get path() {
        return conf.path;
      },
      get store() {
        return conf.store;
      },
      set store(value) {
        if (disk.full && disk.refuses(options.name)) {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
          });
        }
        conf.store = value;
      },
    };
  };
  return { disk, createConf };
}
