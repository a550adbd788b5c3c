/**
 * `npm run crash-test`: the crash loop at full length (250 kills by default, or
 * `--kills N`), printing the counts the stored-data rules require to be zero.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runCrashLoop } from './loop';

const at = process.argv.indexOf('--kills');
const kills = at > 0 ? Number(process.argv[at + 1]) : 250;
const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-crash-'));
const started = performance.now();
try {
  const counts = await runCrashLoop({
    dataDir,
    kills,
    seed: Date.now() % 100_000,
    onKill: (n, c) => {
      if (n % 25 === 0) console.log(`${n} kills, ${c.acknowledged} acknowledged saves so far`);
    },
  });
  const { problems, ...figures } = counts;
  console.log(
    `\nCrash test: ${kills} SIGKILLs in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.table(figures);
  for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
  const zero =
    counts.lostAcknowledged +
    counts.figuresDisagreeing +
    counts.unreadableFiles +
    counts.tempFilesLeft +
    counts.orphanListsLeft;
  if (zero !== 0 || problems.length > 0) {
    process.exitCode = 1;
    console.log(`The data folder is kept for a look: ${dataDir}`);
  } else rmSync(dataDir, { recursive: true, force: true });
} catch (error) {
  console.log(`The data folder is kept for a look: ${dataDir}`);
  throw error;
}
