import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

import { carrierRecordFigures } from './carrier-record-bench';
import { engineFigures } from './engine-bench';
import { type Figure, meets, report } from './measure';
import { memoryFigures } from './memory-bench';
import { scaleFigures } from './scale-bench';
import { storageFigures } from './storage-bench';

/**
 * `npm run bench`: the speed targets, measured on this machine with baselines from the
 * same run, printed as a table and written as JSON (`bench-results.json`, or `--out <path>`).
 */
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1]! : 'bench-results.json';
const skipBrowser = process.argv.includes('--no-browser');
// `--only scale,numbers`: just those sections (engine, storage, carrier, scale, memory, numbers, start, orders).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? new Set(process.argv[onlyIndex + 1]!.split(',')) : undefined;
const wanted = (section: string) => only === undefined || only.has(section);

// The load when the run started: figures taken on a busy machine are noisy (2 cores, shared).
console.log(
  `Load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const figures: Figure[] = [];
if (wanted('engine')) figures.push(...(await engineFigures()));
if (wanted('storage')) figures.push(...(await storageFigures()));
if (wanted('carrier')) figures.push(...(await carrierRecordFigures()));
if (wanted('scale')) figures.push(...(await scaleFigures()));
if (wanted('memory')) figures.push(...memoryFigures());
if (!skipBrowser && wanted('numbers'))
  figures.push(...(await (await import('./browser-bench')).browserFigures()));
if (!skipBrowser && wanted('start'))
  figures.push(...(await (await import('./start-bench')).startFigures()));
if (!skipBrowser && wanted('orders'))
  figures.push(...(await (await import('./orders-bench')).ordersFigures()));
console.log(report(figures));
writeFileSync(
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, loadAverage: loadavg(), figures: figures.map(({ name, value, unit, target, better, baseline }) => ({ name, value: Number(value.toFixed(2)), unit, target, better, ...(baseline ? { baseline } : {}) })) }, null, 2)}\n`,
);
console.log(`\nFigures written to ${out}.`);
if (!figures.every(meets)) process.exitCode = 1;
