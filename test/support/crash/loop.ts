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
function runUntilKilled(child: string, dataDir: string, first: number, seed: number, ms: number) {
  return new Promise<{ acks: CrashAck[]; stderr: string }>((resolve) => {
    const worker = spawn(process.execPath, [child, dataDir, String(first), String(seed)], {
      cwd: join(import.meta.dirname, '../../..'),
    });
    const acks: CrashAck[] = [];
    let buffered = '';
    let stderr = '';
    let ready = false;
    worker.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) acks.push(JSON.parse(line) as CrashAck);
      // The clock starts at the first acknowledgement, so the kill lands in the save loop, not in start-up.
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
    const { acks, stderr } = await runUntilKilled(
      child,
      options.dataDir,
      counter,
      kill * 7919,
      50 + next() * 550,
    );
    if (acks.length === 0)
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
    for (const dir of [options.dataDir, ordersDir(options.dataDir)]) {
      counts.tempFilesLeft += readdirSync(dir).filter((f) =>
        /\.tmp-\d{10}[0-9a-f]{6}$/.test(f),
      ).length;
    }
    options.onKill?.(kill, counts);
  }
  rmSync(child, { force: true });
  return counts;
}
