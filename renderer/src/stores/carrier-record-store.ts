import { api } from '@renderer/api';
import { errorWords } from '@shared/error-words';
import type { CarrierRecordView } from '@shared/schemas/carrier-record';
import type { Order } from '@shared/schemas/order';
import { useEffect } from 'react';
import { create } from 'zustand';

interface CarrierRecordState {
  /** The order the view belongs to, and the order's save it was compared with. */
  orderId?: string;
  comparedWith?: string;
  view?: CarrierRecordView;
  failure?: string;
  /** Keeps what main answered for this order. */
  show(orderId: string, view: CarrierRecordView): void;
}

/**
 * The carrier's record of the open order, compared by main with the order as last saved:
 * the panel, Review and the fields' notices read the same answer.
 */
export const useCarrierRecordStore = create<CarrierRecordState>((set) => ({
  show: (orderId, view) => set({ orderId, view, failure: undefined }),
}));

/** What the comparison depends on: a save within the same millisecond still changes it. */
const comparisonKey = (order: Order) =>
  `${order.updatedAt} ${JSON.stringify(order.answers)} ${JSON.stringify(order.numbers)}`;

/** Asks main again whenever the order's answers or list changed since the last answer. */
export function useCarrierRecord(order: Order): CarrierRecordView | undefined {
  const state = useCarrierRecordStore();
  const key = comparisonKey(order);
  useEffect(() => {
    if (state.orderId === order.id && state.comparedWith === key) return;
    let current = true;
    api.getCarrierRecord({ id: order.id }).then(
      (view) => {
        if (current)
          useCarrierRecordStore.setState({
            orderId: order.id,
            comparedWith: key,
            view,
            failure: undefined,
          });
      },
      (error: unknown) => {
        if (current)
          useCarrierRecordStore.setState({ orderId: order.id, failure: errorWords(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [order.id, key]);
  return state.orderId === order.id ? state.view : undefined;
}
