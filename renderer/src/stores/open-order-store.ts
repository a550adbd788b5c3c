import { errorWords } from '@shared/error-words';
import type { StepId } from '@shared/order/steps';
import type { Order, SaveOrderStepInput } from '@shared/schemas/order';
import { create } from 'zustand';

import { api } from '../api';
import { navigate } from './navigation';

type Pending = Omit<SaveOrderStepInput, 'id'>;
export type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

interface OpenOrderState {
  order: Order | undefined;
  step: StepId;
  /** A field to focus when its step opens (from a link on Review). */
  focusField: string | undefined;
  save: SaveState;
  /** Loads the order (saving what is queued for the one open before). */
  open(id: string): Promise<Order>;
  /** Queues an autosave of the step's answers; saved after a short pause in typing. */
  queueSave(pending: Pending): void;
  /** Saves whatever is queued, now. */
  flush(): Promise<void>;
  /** Sends again what main could not write (a full disk, say); the answers never left the page. */
  retrySave(): Promise<void>;
  goTo(step: StepId, focusField?: string): Promise<void>;
  replace(order: Order): void;
  /** Leaves the order; false (and stays) while an answer is not saved. */
  close(): Promise<boolean>;
}

/** How long typing may pause before an autosave; main coalesces its writes too, so well under a second is lost at worst. */
export const autosaveDelayMs = 300;

let timer: ReturnType<typeof setTimeout> | undefined;
let pending: Pending | undefined;
// What main answered "not saved" to: kept until a later save of the same step replaces it, or a retry succeeds.
let failed: Pending | undefined;
// Saves go out one after another, so an older answer never lands after a newer one.
let chain: Promise<void> = Promise.resolve();

/** The order open in the wizard and its autosave. The form owns what is typed; this holds what main has. */
export const useOpenOrderStore = create<OpenOrderState>((set, get) => {
  const send = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const order = get().order;
    const next = pending;
    pending = undefined;
    if (!order || !next) return chain;
    set({ save: { kind: 'saving' } });
    chain = chain.then(async () => {
      try {
        const saved = await api.saveOrderStep({ id: order.id, ...next } as SaveOrderStepInput);
        if (failed?.step === next.step) failed = undefined;
        set({ order: saved, save: failed ? get().save : { kind: 'saved' } });
      } catch (error) {
        failed = next;
        set({
          save: { kind: 'error', message: errorWords(error) },
        });
      }
    });
    return chain;
  };
  return {
    order: undefined,
    step: 'getStarted',
    focusField: undefined,
    save: { kind: 'idle' },
    async open(id) {
      await get().flush();
      failed = undefined;
      const order = await api.getOrder({ id });
      set({
        order,
        step: order.lastStep,
        focusField: undefined,
        save: { kind: 'idle' },
      });
      return order;
    },
    queueSave(next) {
      pending = next;
      set({ save: { kind: 'saving' } });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void send(), autosaveDelayMs);
    },
    flush: send,
    async retrySave() {
      if (!failed) return;
      pending = failed;
      failed = undefined;
      await send();
    },
    async goTo(step, focusField) {
      await send();
      const order = get().order;
      // Unsaved answers stay on their step, in the form that holds them, until a retry saves them.
      if (!order || get().save.kind === 'error') return;
      set({ step, focusField });
      set({ order: await api.visitOrderStep({ id: order.id, step }) });
    },
    // A late reply about another order (the admin moved on) must not bring that order back.
    replace: (order) => set((s) => (s.order?.id === order.id ? { order } : {})),
    async close() {
      await send();
      if (get().save.kind === 'error') return false;
      failed = undefined;
      set({ order: undefined });
      return true;
    },
  };
});

/** Opens an order where it belongs: the wizard while it is a draft, its overview once finished. */
export async function showOrder(id: string): Promise<void> {
  const order = await useOpenOrderStore.getState().open(id);
  navigate(order.status === 'draft' ? 'wizard' : 'orderOverview');
}

/** Saves what is queued and goes back to the list of port orders. */
export async function backToOrderList(): Promise<void> {
  // Refused while the last change is not saved: the page stays, with its "Not saved" bar.
  if (await useOpenOrderStore.getState().close()) navigate('orderList');
}

// A closing window still delivers an invoke sent from here; main also writes everything on close.
window.addEventListener('beforeunload', () => void useOpenOrderStore.getState().flush());
