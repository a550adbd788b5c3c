import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCrashLoop } from '../support/crash/loop';

/**
 * The shorter version of `npm run crash-test` (250 kills): the real services in a child
 * process, saving answers, lists of up to 100,000 numbers, statuses, finish and recreate,
 * killed with SIGKILL at random moments, reopened after each kill.
 */
describe('a crash at any moment', () => {
  it('loses no acknowledged save, leaves no order disagreeing with its list, no unreadable file and no temp file (30 kills)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-crash-'));
    try {
      const counts = await runCrashLoop({ dataDir, kills: 30, seed: 11 });
      expect(counts.problems).toEqual([]);
      expect(counts).toMatchObject({
        kills: 30,
        lostAcknowledged: 0,
        figuresDisagreeing: 0,
        unreadableFiles: 0,
        tempFilesLeft: 0,
        orphanListsLeft: 0,
      });
      // The loop did real work between the kills (a few saves a run at least, even on a loaded machine).
      expect(counts.acknowledged).toBeGreaterThan(90);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
