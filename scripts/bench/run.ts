import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

import { carrierRecordFigures } from './carrier-record-bench';
import { engineFigures } from './engine-bench';
import { type Figure, meets, report } from './measure';
import { scaleFigures } from './scale-bench';
import { storageFigures } from './storage-bench';

/**
 * `npm run bench`: the speed targets, measured on this machine with baselines from the
 * same run, printed as a table and written as JSON (`bench-results.json`, or `--out <path>`).
 */
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1]! : 'bench-results.json';
const skipBrowser = process.argv.includes('--no-browser');

// The load when the run started: figures taken on a busy machine are noisy (2 cores, shared).
console.log(
  `Load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const figures: Figure[] = [
  ...(await engineFigures()),
  ...(await storageFigures()),
  ...(await carrierRecordFigures()),
  ...(await scaleFigures()),
];
if (!skipBrowser) {
  const { browserFigures } = await import('./browser-bench');
  figures.push(...(await browserFigures()));
  figures.push(...(await (await import('./orders-bench')).ordersFigures()));
}
console.log(report(figures));
writeFileSync(
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, loadAverage: loadavg(), figures: figures.map(({ name, value, unit, target, better, baseline }) => ({ name, value: Number(value.toFixed(2)), unit, target, better, ...(baseline ? { baseline } : {}) })) }, null, 2)}\n`,
);
console.log(`\nFigures written to ${out}.`);
if (!figures.every(meets)) process.exitCode = 1;
