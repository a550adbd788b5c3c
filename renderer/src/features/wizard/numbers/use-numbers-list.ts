import { api } from '@renderer/api';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import type { Country } from '@shared/schemas/country';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

import { NumberRows } from './number-rows';
import {
  type AddedInfo,
  type JobContext,
  type ListCheck,
  type NumbersJob,
  type NumbersReply,
  rowsSliceSize,
} from './numbers-job';
import type { RowColumns } from './row-columns';

/** The checked list on the page: its counts and groups, and its rows read from the worker's columns. */
export type PageCheck = ListCheck & { rows: NumberRows };

export interface NumbersListState {
  source: string;
  check: PageCheck | undefined;
  /** A job under way; `changing` when it changes the list (an add or an edit), which must not be cut short. */
  busy: { stage: string; share: number; changing: boolean } | undefined;
  message: { intent: 'error' | 'success' | 'info'; text: string; retry?: () => void } | undefined;
  added: AddedInfo | undefined;
  /** What Undo would take back (the last fix or removal), in words; undefined when there is none. */
  undoable: string | undefined;
}

type Incoming = Extract<NumbersJob, { kind: 'add' }>['incoming'];

/** Blank lines at the end hold no line number any other line needs. */
function withoutTrailingBlanks(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end);
}
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The order's number list on the page: loaded from main, changed through the worker
 * (which reads and checks off the page's thread), saved back to main after each change.
 */
export function useNumbersList(orderId: string, tollFreeCountry: Country | undefined) {
  const replace = useOpenOrderStore((s) => s.replace);
  const [state, setState] = useState<NumbersListState>({
    source: '',
    check: undefined,
    busy: undefined,
    message: undefined,
    added: undefined,
    undoable: undefined,
  });
  // What every job checks against: the other orders' numbers (loaded with the list) and the order's country.
  const context = useRef<JobContext>({ elsewhere: [], tollFreeCountry });
  const worker = useRef<Worker | undefined>(undefined);
  const sourceRef = useRef('');
  const settle = useRef<((changed: boolean) => void) | undefined>(undefined);
  // The last addition, kept so the admin can read a file again with another column.
  const lastAdd = useRef<{ before: string; incoming: Incoming } | undefined>(undefined);
  // The list before each fix or removal, newest last: Undo puts the last one back.
  const history = useRef<{ source: string; label: string }[]>([]);
  const forget = () => {
    history.current = [];
    setState((s) => ({ ...s, undoable: undefined }));
  };

  const stop = () => {
    worker.current?.terminate();
    worker.current = undefined;
  };
  useEffect(() => stop, []);

  /** Runs a job; resolves true when the list changed (false when stopped or refused). */
  const run = useCallback(
    (job: NumbersJob, save: boolean) =>
      new Promise<boolean>((resolve) => {
        // A job still running is stopped; its caller hears false, and nothing of it was saved.
        settle.current?.(false);
        settle.current = resolve;
        stop();
        const w = new Worker(new URL('./numbers-worker.ts', import.meta.url), { type: 'module' });
        worker.current = w;
        // The rows arrive in slices before the result; only this job's, as each job has its own worker.
        const slices: RowColumns[] = [];
        setState((s) => ({
          ...s,
          busy: { stage: 'Starting', share: 0.05, changing: save },
          message: undefined,
        }));
        w.onmessage = (event: MessageEvent<NumbersReply>) => {
          const reply = event.data;
          if (reply.kind === 'rows') {
            slices.push(reply.columns);
            return;
          }
          if (reply.kind === 'progress') {
            setState((s) => ({
              ...s,
              busy: { stage: reply.stage, share: reply.share, changing: save },
            }));
            return;
          }
          stop();
          settle.current = undefined;
          resolve(reply.kind === 'done');
          if (reply.kind === 'refused') {
            setState((s) => ({
              ...s,
              busy: undefined,
              message: { intent: 'error', text: reply.message },
            }));
            return;
          }
          sourceRef.current = reply.source;
          // User Timing marks: `npm run bench` measures from here to the first rows on screen.
          performance.mark('portdesk:numbers-checked');
          // A transition: React renders the new list (the counts, the summary, the table) in
          // slices that give way to the browser, not as one long task.
          startTransition(() =>
            setState((s) => ({
              ...s,
              busy: undefined,
              source: reply.source,
              check: { ...reply.check, rows: new NumberRows(slices, rowsSliceSize) },
              added: reply.added ?? s.added,
            })),
          );
          if (save) {
            // The list stays on the page whatever main answers; "Not saved" offers to send it again.
            const trySave = (): void =>
              void api.saveOrderNumbers({ id: orderId, source: reply.source }).then(
                (order) => {
                  replace(order);
                  setState((s) => (s.message?.retry ? { ...s, message: undefined } : s));
                },
                (error: unknown) =>
                  setState((s) => ({
                    ...s,
                    message: {
                      intent: 'error',
                      text: `Not saved: ${errorWords(error)} The list is still on this page.`,
                      retry: trySave,
                    },
                  })),
              );
            trySave();
          }
        };
        w.postMessage(job);
      }),
    [orderId, replace],
  );

  const reload = useCallback(
    () =>
      api.getOrderNumbers({ id: orderId }).then((loaded) => {
        lastAdd.current = undefined;
        forget();
        context.current = { elsewhere: loaded.elsewhere, tollFreeCountry };
        sourceRef.current = loaded.source;
        return run({ kind: 'check', source: loaded.source, ...context.current }, false);
      }),
    [orderId, tollFreeCountry, run],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const add = (incoming: Incoming) => {
    lastAdd.current = { before: sourceRef.current, incoming };
    // Undoing an older removal now would take the added numbers away with it.
    forget();
    return run({ kind: 'add', source: sourceRef.current, ...context.current, incoming }, true);
  };
  /** Reads the last file again taking `column` as the numbers, in place of what it added. */
  const rereadColumn = (column: number | 'all') => {
    const last = lastAdd.current;
    if (!last) return Promise.resolve(false);
    return run(
      {
        kind: 'add',
        source: last.before,
        ...context.current,
        incoming: last.incoming,
        column,
      },
      true,
    );
  };
  /**
   * Replaces the list with `lines` (a fix in place, a removal; `label` says which, for
   * Undo) and checks it again. Lines keep their numbers: a removed line stays, empty.
   */
  const setLines = async (lines: string[], label: string) => {
    // After an edit, reading the last file again with another column would undo it.
    lastAdd.current = undefined;
    setState((s) => ({ ...s, added: undefined }));
    const before = sourceRef.current;
    const source = withoutTrailingBlanks(lines).join('\n');
    const changed = await run({ kind: 'check', source, ...context.current }, true);
    if (changed) {
      history.current.push({ source: before, label });
      setState((s) => ({ ...s, undoable: label }));
    }
    return changed;
  };
  /** Puts the list back as it was before the last fix or removal. */
  const undo = async () => {
    const last = history.current.at(-1);
    if (!last) return false;
    const source = last.source;
    const changed = await run({ kind: 'check', source, ...context.current }, true);
    if (changed) {
      history.current.pop();
      setState((s) => ({
        ...s,
        undoable: history.current.at(-1)?.label,
        message: { intent: 'info', text: `Undone: ${lowerFirst(last.label)}.` },
      }));
    }
    return changed;
  };
  const cancel = () => {
    settle.current?.(false);
    settle.current = undefined;
    stop();
    setState((s) => ({
      ...s,
      busy: undefined,
      message: { intent: 'info', text: 'Stopped. The list is as it was before.' },
    }));
  };
  const say = (intent: 'error' | 'success' | 'info', text: string) =>
    setState((s) => ({ ...s, message: { intent, text } }));
  return {
    ...state,
    add,
    rereadColumn,
    setLines,
    undo,
    cancel,
    reload,
    say,
    lines: () => sourceRef.current.split('\n'),
  };
}
