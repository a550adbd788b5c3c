import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { deletedDir, orderFile, ordersDir } from '@main/services/orders/order-files';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { readList } from '@shared/numbers/read-numbers';
import type { Order } from '@shared/schemas/order';
import { openServices } from '@tools/harness';
import { build } from 'esbuild';
import metadata from 'libphonenumber-js/metadata.max.json';

import { listFileOf } from '../data-files';
import { manualClock } from '../service-app';
import { counterOfList, type CrashAck, statusOrder } from './protocol';

/** What the crash loop counts: the four zeros, and how much it did. */
export interface CrashCounts {
  kills: number;
  acknowledged: number;
  lostAcknowledged: number;
  figuresDisagreeing: number;
  unreadableFiles: number;
  tempFilesLeft: number;
  /** List files no order names, after a start has tidied the folder. */
  orphanListsLeft: number;
  /** Temp files a kill left mid-write (removed by the next start): the kills did land inside writes. */
  tempFilesFoundAfterKills: number;
  problems: string[];
}

/** The text of the list file an order names, as it is on disk ('' when the order has none yet). */
function listOnDisk(dataDir: string, id: string): string {
  try {
    return (
      JSON.parse(readFileSync(listFileOf(dataDir, id), 'utf8')) as { data: { source: string } }
    ).data.source;
  } catch {
    return '';
  }
}

/** The conf temp files in the data folder and the orders folder. */
function tempFiles(dataDir: string): number {
  return [dataDir, join(dataDir, 'orders')]
    .flatMap((dir) => readdirSync(dir))
    .filter((f) => /\.tmp-\d{10}[0-9a-f]{6}$/.test(f)).length;
}

/** Reads every data file as the crash left it: what does not parse, and orders whose figures disagree with their list. */
function checkDisk(dataDir: string): { unreadable: string[]; disagreeing: string[] } {
  const unreadable: string[] = [];
  const disagreeing: string[] = [];
  const ordersDir = join(dataDir, 'orders');
  const read = (file: string): { schemaVersion: number; data: unknown } | undefined => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number; data: unknown };
    } catch {
      unreadable.push(`${file} does not parse`);
      return undefined;
    }
  };
  for (const name of readdirSync(dataDir)) if (name.endsWith('.json')) read(join(dataDir, name));
  for (const name of readdirSync(ordersDir)) {
    if (/^order-[0-9a-f-]{36}\.numbers(-\d+)?\.json$/.test(name)) read(join(ordersDir, name));
    const match = /^order-([0-9a-f-]{36})\.json$/.exec(name);
    if (!match) continue;
    const order = read(join(ordersDir, name))?.data as
      { numbers: { total: number }; listRevision: number } | undefined;
    if (!order) continue;
    const total = readList(listOnDisk(dataDir, match[1]!)).entries.length;
    if (order.numbers.total !== total)
      disagreeing.push(
        `order ${match[1]} says ${order.numbers.total} numbers, the list it names has ${total}`,
      );
  }
  return { unreadable, disagreeing };
}

/** List files that no order names (after a start tidied the folder, there should be none). */
function orphanLists(dataDir: string): number {
  const ordersDir = join(dataDir, 'orders');
  const names = readdirSync(ordersDir);
  return names.filter((name) => {
    const match = /^order-([0-9a-f-]{36})\.numbers(?:-(\d+))?\.json$/.exec(name);
    if (!match) return false;
    const orderFile = join(ordersDir, `order-${match[1]}.json`);
    if (!existsSync(orderFile)) return true;
    const { data } = JSON.parse(readFileSync(orderFile, 'utf8')) as {
      data: { listRevision: number };
    };
    return Number(match[2] ?? 0) !== data.listRevision;
  }).length;
}

/** Bundles the worker once (Node alone then starts it in a moment, each time). */
async function bundleChild(): Promise<string> {
  // One folder below the project, as tools/ is: the packages left out of the bundle resolve
  // from node_modules, and the harness finds package.json where it looks for it.
  const outfile = join(
    import.meta.dirname,
    `../../../node_modules/.portdesk-crash-child-${process.pid}.mjs`,
  );
  await build({
    entryPoints: [join(import.meta.dirname, 'child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    tsconfig: join(import.meta.dirname, '../../../tsconfig.json'),
    // conf and its ESM dependencies stay packages; everything of ours is bundled.
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** Runs the worker, kills it with SIGKILL after a random moment, and returns the lines it acknowledged. */
function runUntilKilled(
  child: string,
  dataDir: string,
  first: number,
  seed: number,
  ms: number,
  /** Counted from the start of the process, so the kill may land in start-up's own writes. */
  duringStartup: boolean,
) {
  return new Promise<{ acks: CrashAck[]; stderr: string }>((resolve) => {
    const worker = spawn(process.execPath, [child, dataDir, String(first), String(seed)], {
      cwd: join(import.meta.dirname, '../../..'),
    });
    const acks: CrashAck[] = [];
    let buffered = '';
    let stderr = '';
    let ready = duringStartup;
    if (duringStartup) setTimeout(() => worker.kill('SIGKILL'), ms);
    worker.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) acks.push(JSON.parse(line) as CrashAck);
      // Otherwise the clock starts at the first acknowledgement, so the kill lands in the save loop.
      if (!ready && acks.length > 0) {
        ready = true;
        setTimeout(() => worker.kill('SIGKILL'), ms);
      }
    });
    worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    worker.on('exit', () => resolve({ acks, stderr }));
    // A worker that never acknowledges is a failure to report, not a hang.
    setTimeout(() => worker.kill('SIGKILL'), 30_000).unref();
  });
}

/**
 * Kills the worker `kills` times at random moments, reopening the services on the same folder
 * after each kill, and counts what the issue requires to be zero.
 */
export async function runCrashLoop(options: {
  dataDir: string;
  kills: number;
  seed?: number;
  onKill?: (n: number, counts: CrashCounts) => void;
}): Promise<CrashCounts> {
  const child = await bundleChild();
  const counts: CrashCounts = {
    kills: 0,
    acknowledged: 0,
    lostAcknowledged: 0,
    figuresDisagreeing: 0,
    unreadableFiles: 0,
    tempFilesLeft: 0,
    orphanListsLeft: 0,
    tempFilesFoundAfterKills: 0,
    problems: [],
  };
  const classify = createNanpClassifier(metadata);
  let seed = options.seed ?? 1;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  let counter = 1;
  // The newest acknowledged state of each thing, across every run.
  const answers = new Map<string, number>();
  const lists = new Map<string, { counter: number; source: string }>();
  const statuses = new Map<string, string>();
  const copies = new Map<string, string>();

  for (let kill = 1; kill <= options.kills; kill++) {
    // One run in five is killed by the clock from its start, so start-up's own writes are cut too.
    const duringStartup = next() < 0.2;
    const { acks, stderr } = await runUntilKilled(
      child,
      options.dataDir,
      counter,
      kill * 7919,
      duringStartup ? next() * 2500 : 50 + next() * 550,
      duringStartup,
    );
    if (acks.length === 0 && !duringStartup)
      counts.problems.push(`run ${kill}: no acknowledgement; stderr: ${stderr.slice(0, 500)}`);
    counts.kills++;
    counts.acknowledged += acks.length;
    for (const a of acks) {
      if (a.kind === 'answer') answers.set(a.id, a.counter);
      if (a.kind === 'list') lists.set(a.id, { counter: a.counter, source: a.source });
      if (a.kind === 'status') statuses.set(a.id, a.status);
      if (a.kind === 'recreate') copies.set(a.id, a.copyId);
      if ('counter' in a) counter = Math.max(counter, a.counter + 1);
    }
    counter += 10;

    // A kill in the middle of a write leaves its temp file: counted, to show the kills land inside writes.
    counts.tempFilesFoundAfterKills += tempFiles(options.dataDir);
    // On disk, as the crash left it, before any start-up could tidy it: every file reads, and
    // every order's figures are those of the list file it names.
    const disk = checkDisk(options.dataDir);
    counts.unreadableFiles += disk.unreadable.length;
    counts.figuresDisagreeing += disk.disagreeing.length;
    counts.problems.push(
      ...[...disk.unreadable, ...disk.disagreeing].map((p) => `after kill ${kill}: ${p}`),
    );
    // Restart: the same services the app opens, on the same folder.
    const services = openServices(options.dataDir, [], {
      now: manualClock('2026-11-23T15:00:00.000Z').now,
    });
    const { handlers } = services;
    counts.unreadableFiles += (await handlers.getStartupNotices(undefined)).length;
    const get = async (id: string): Promise<Order | undefined> => {
      try {
        return await handlers.getOrder({ id });
      } catch {
        return undefined;
      }
    };
    const lost = (what: string) => {
      counts.lostAcknowledged++;
      counts.problems.push(`after kill ${kill}: ${what}`);
    };
    for (const [id, n] of answers) {
      const title = (await get(id))?.answers.account.authTitle ?? '';
      if (Number(title.replace('title ', '')) < n)
        lost(`answer ${n} of ${id} (disk has "${title}")`);
    }
    for (const [id, acked] of lists) {
      const source = listOnDisk(options.dataDir, id);
      const onDisk = counterOfList(source);
      if (acked.counter >= 0 ? onDisk < acked.counter : source !== acked.source)
        lost(`list ${acked.counter} of ${id} (disk has ${onDisk})`);
    }
    for (const [id, status] of statuses) {
      const order = await get(id);
      if (!order || statusOrder.indexOf(order.status) < statusOrder.indexOf(status))
        lost(`status ${status} of ${id} (disk has ${order?.status})`);
    }
    for (const [id, copyId] of copies) {
      if (
        !(await get(copyId)) &&
        !existsSync(orderFile(deletedDir(ordersDir(options.dataDir)), copyId))
      )
        lost(`recreated copy ${copyId} of ${id}`);
    }
    for (const summary of (await handlers.listOrders(undefined)).orders) {
      // The figures the order keeps are those of the list file it names, read here straight from disk.
      const entries = readList(listOnDisk(options.dataDir, summary.id)).entries;
      const valid = entries.filter((e) => e.national && classify(e.national).valid).length;
      const order = (await get(summary.id))!;
      if (order.numbers.total !== entries.length || order.numbers.usable > valid) {
        counts.figuresDisagreeing++;
        counts.problems.push(
          `after kill ${kill}: ${summary.name} says ${order.numbers.total} numbers, its list has ${entries.length}`,
        );
      }
    }
    counts.tempFilesLeft += tempFiles(options.dataDir);
    counts.orphanListsLeft += orphanLists(options.dataDir);
    options.onKill?.(kill, counts);
  }
  rmSync(child, { force: true });
  return counts;
}
