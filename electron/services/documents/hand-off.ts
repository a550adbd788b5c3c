import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import { checkOrder } from '@shared/order/check-order';
import type { Order } from '@shared/schemas/order';

import type { Dialogs } from '../handlers';
import { safeFileStem } from '../orders/numbers-files';
import type { NumbersService } from '../orders/numbers-service';
import type { NumbersStore } from '../orders/numbers-store';
import { orderFilesDir } from '../orders/order-files';
import { type OrderRecord, toOrder } from '../orders/order-record';
import type { OrderStore } from '../orders/order-store';
import { withEntry } from '../orders/order-timeline';
import type { OrdersService } from '../orders/orders-service';
import {
  type HandOffFile,
  handOffFileSchema,
  handOffFormat,
  handOffSchemaVersion,
} from './hand-off-file';
import { readHandOff } from './read-hand-off';
import { kindOfBytes } from './signed-scan';

export interface HandOffDeps {
  store: OrderStore;
  orders: OrdersService;
  numbers: NumbersService;
  numbersStore: NumbersStore;
  ordersDir: string;
  dialogs: Dialogs;
  appVersion: string;
  now: () => Date;
}

/** An order in one `.portorder` file, to carry to another admin offline, and back in. */
export function createHandOffService({
  store,
  orders,
  numbers,
  numbersStore,
  ordersDir,
  dialogs,
  appVersion,
  now,
}: HandOffDeps) {
  return {
    async exportFile(
      id: string,
    ): Promise<{ cancelled: true } | { cancelled: false; file: string }> {
      // The sealed PIN opens only with this computer's keyring, and the list's cache is this computer's: neither travels.
      const { carrierPinSealed, deletedAt, progress, ...order } = orders.current(id);
      void [carrierPinSealed, deletedAt, progress];
      const scan = order.signedScan;
      const content: HandOffFile = {
        format: handOffFormat,
        schemaVersion: handOffSchemaVersion,
        exportedAt: now().toISOString(),
        exportedBy: `PortDesk ${appVersion}`,
        order: { ...order, signedScan: undefined },
        numbers: numbersStore.source(id),
        signedScan: scan && {
          ...scan,
          data: readFileSync(join(orderFilesDir(ordersDir, id), scan.storedAs)).toString('base64'),
        },
      };
      const target = await dialogs.chooseOrderSaveFile(
        `${safeFileStem(order.answers.account.orderName)}.portorder`,
      );
      if (target === undefined) return { cancelled: true };
      // Checked against the format before it leaves: what another PortDesk will read is exactly what is written.
      writeFileSync(target, JSON.stringify(handOffFileSchema.parse(content), null, 1));
      return { cancelled: false, file: target };
    },
    async importFile(): Promise<
      { cancelled: true } | { cancelled: false; order: Order; asCopy: boolean }
    > {
      const path = await dialogs.chooseOrderFile();
      if (path === undefined) return { cancelled: true };
      const file = readHandOff(path);
      // The same order already here (sent back, or opened twice) comes in beside it, never over it.
      // Any file already named after the id (a deleted order, a list set aside) counts too: the id must never name two orders.
      const taken = (dir: string) =>
        existsSync(dir) &&
        readdirSync(dir).some((name) => name.startsWith(`order-${file.order.id}`));
      const asCopy =
        store.all().some((r) => r.id === file.order.id) ||
        taken(ordersDir) ||
        taken(join(ordersDir, 'deleted'));
      const id = asCopy ? randomUUID() : file.order.id;
      const stamp = now().toISOString();
      let record: OrderRecord = { ...file.order, id, updatedAt: stamp, signedScan: undefined };
      if (asCopy)
        record = {
          ...record,
          answers: {
            ...record.answers,
            account: {
              ...record.answers.account,
              orderName: `${record.answers.account.orderName} (copy)`.slice(0, 80),
            },
          },
        };
      if (file.signedScan) {
        const { data, ...scan } = file.signedScan;
        const dir = orderFilesDir(ordersDir, id);
        mkdirSync(dir, { recursive: true });
        const bytes = Buffer.from(data, 'base64');
        // Opened later with the OS's viewer: it must be what its name says, as an attached scan is.
        if (kindOfBytes(bytes) !== scan.kind) {
          throw new UserFacingError(
            'invalid-input',
            `“${basename(path)}” is damaged: its signed letter is not the ${scan.kind.toUpperCase()} file it claims to be. Ask for a new export.`,
          );
        }
        writeFileSync(join(dir, scan.storedAs), bytes);
        record.signedScan = { ...scan, bytes: bytes.length };
      }
      const from = basename(path);
      record = withEntry(record, {
        at: stamp,
        status: record.status,
        note: asCopy
          ? `Imported from ${from} as a copy: that order is already on this computer.`
          : `Imported from ${from}.`,
        by: 'admin',
      });
      store.create(record);
      const figures = numbers.keep(id, file.numbers, record.answers.account.btn);
      store.update(id, (r) => ({ ...r, numbers: figures }));
      // Ready means checked on THIS computer: the carrier PIN does not travel, and the numbers may clash with orders here.
      const check = checkOrder(toOrder(store.get(id)), now());
      if (record.status === 'ready' && check.issues.length > 0) {
        store.update(id, (r) =>
          withEntry(
            { ...r, status: 'draft', readyAt: undefined },
            {
              at: stamp,
              status: 'draft',
              by: 'app',
              note: `Back to draft: ${check.issues.length} answer${check.issues.length === 1 ? '' : 's'} to check on this computer (the carrier PIN never travels in the file).`,
            },
          ),
        );
      }
      store.flush(id);
      return { cancelled: false, order: orders.get(id), asCopy };
    },
  };
}
export type HandOffService = ReturnType<typeof createHandOffService>;
