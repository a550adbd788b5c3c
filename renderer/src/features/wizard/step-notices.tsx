import { FieldNoticeContext } from '@renderer/components/field-notice';
import { useCarrierRecord } from '@renderer/stores/carrier-record-store';
import type { StepId } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';
import type { ReactNode } from 'react';

import { carrierRecordNotices } from '../carrier-record/carrier-notices';
import { recheckNotices } from './recheck-banner';

/**
 * The notes on a step's fields from outside its form: what a rejection asks to check, and
 * each open mismatch with the carrier's record at its account field.
 */
export function StepNotices({
  order,
  step,
  children,
}: {
  order: Order;
  step: StepId;
  children: ReactNode;
}): React.JSX.Element {
  const view = useCarrierRecord(order);
  const notices = new Map([
    ...carrierRecordNotices(view, step),
    // A rejection's note wins: it is why the draft exists.
    ...recheckNotices(order, step),
  ]);
  return <FieldNoticeContext.Provider value={notices}>{children}</FieldNoticeContext.Provider>;
}
