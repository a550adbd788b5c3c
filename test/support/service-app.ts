import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createDispatcher } from '@main/ipc-dispatcher';
import type { AppServiceDeps, AppServices } from '@main/services/app-services';
import type { StepId } from '@shared/order/steps';
import { answerStepIds } from '@shared/order/steps';
import type { Order, SaveOrderStepInput } from '@shared/schemas/order';
import type { OrderAnswers } from '@shared/schemas/order-answers';
import { openServices } from '@tools/harness';
import { appWindow, typedCalls } from '@tools/typed-calls';
import { validNumbersSource } from '@tools/valid-order';
import { expect } from 'vitest';

/**
 * The real main-side services on a temp folder, called through the real dispatcher (the
 * zod gate included), as the unit tests of services use them.
 */
/** A Monday; the transfer date is computed from it with the app's own business-day helper. */
export const monday = '2026-03-02T15:00:00.000Z';

/** A clock the test moves by hand, injected as the services' `now`. */
export function manualClock(start = monday) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    iso: () => current.toISOString(),
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
      return current.toISOString();
    },
  };
}

const dirs: string[] = [];
const running: AppServices[] = [];
const logged: unknown[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-orders-'));
  dirs.push(dir);
  return dir;
}

/** Opens the real services on `dataDir` behind the real dispatcher (the zod gate included). */
export function start(dataDir: string, overrides: Partial<AppServiceDeps> = {}) {
  const services = openServices(dataDir, [], overrides);
  running.push(services);
  const dispatch = createDispatcher(services.handlers, {
    isTrustedSender: () => true,
    logError: (message, error) => logged.push({ message, error }),
  });
  const outputs: unknown[] = [];
  const { call, ok, send } = typedCalls(
    () => dispatch,
    appWindow,
    (result) => outputs.push(result),
  );
  const order = {
    create: () => ok('createOrder'),
    get: (id: string) => ok('getOrder', { id }),
    list: () => ok('listOrders'),
    save: <S extends keyof OrderAnswers>(id: string, step: S, values: OrderAnswers[S]) =>
      ok('saveOrderStep', { id, step, values } as SaveOrderStepInput),
    visit: (id: string, step: StepId) => ok('visitOrderStep', { id, step }),
  };
  return { services, call, ok, send, order, outputs, dataDir };
}

/** Flushes what the tests opened, removes their folders and fails on anything the dispatcher logged. */
export function cleanUp(): void {
  // No pending autosave may outlive its folder.
  for (const services of running.splice(0)) services.flushAll();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  expect(logged.splice(0), 'unexpected failures logged by the dispatcher').toEqual([]);
}

/** Saves every step of `answers` and the valid numbers, as the wizard would. */
export async function saveAll(
  app: ReturnType<typeof start>,
  id: string,
  answers: OrderAnswers,
): Promise<Order> {
  let order: Order | undefined;
  await app.ok('saveOrderNumbers', { id, source: validNumbersSource });
  for (const step of answerStepIds) {
    order = await app.order.save(id, step, answers[step] as never);
  }
  return order!;
}
