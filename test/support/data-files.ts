import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under the data folder, recursively (orders live in a subfolder), as full paths. */
export function dataFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Every data file's text, by path: what a test searches for a secret that must not be there. */
export function dataFileTexts(dir: string): [path: string, text: string][] {
  return dataFiles(dir).map((file) => [file, readFileSync(file, 'utf8')]);
}

/** The number-list file an order names on disk (the repository writes a new revision each save). */
export function listFileOf(dataDir: string, id: string): string {
  const orderFile = join(dataDir, 'orders', `order-${id}.json`);
  const { data } = JSON.parse(readFileSync(orderFile, 'utf8')) as {
    data: { listRevision: number };
  };
  return join(
    dataDir,
    'orders',
    data.listRevision === 0
      ? `order-${id}.numbers.json`
      : `order-${id}.numbers-${data.listRevision}.json`,
  );
}
