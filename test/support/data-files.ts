import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import {
  deletedDir,
  listFile,
  orderFile,
  orderFilesDir,
  ordersDir,
} from '@main/services/orders/order-files';

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

/** An order's file in a data folder (the names are `order-files.ts`'s, spelled nowhere else). */
export function orderFileIn(dataDir: string, id: string): string {
  return orderFile(ordersDir(dataDir), id);
}

/** Where a deleted order's file is once it was moved aside at a start. */
export function deletedOrderFileIn(dataDir: string, id: string): string {
  return orderFile(deletedDir(ordersDir(dataDir)), id);
}

/** The folder of an order's own documents (its signed scan, its letters) in a data folder. */
export function orderFilesIn(dataDir: string, id: string): string {
  return orderFilesDir(ordersDir(dataDir), id);
}

/** The number-list file an order names on disk (the repository writes a new revision each save). */
export function listFileOf(dataDir: string, id: string): string {
  const { data } = JSON.parse(readFileSync(orderFileIn(dataDir, id), 'utf8')) as {
    data: { listRevision: number };
  };
  return listFile(ordersDir(dataDir), id, data.listRevision);
}
