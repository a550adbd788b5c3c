import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { api } from '@renderer/api';
import type { SameAccountOrders } from '@shared/schemas/order';
import { orderStatusLabels } from '@shared/schemas/order-status';
import { useEffect, useState } from 'react';

/**
 * Another unfinished order for the same account number, named: Microsoft processes one order
 * an account at a time and rejects a second one sent while the first is open.
 */
export function SameAccountNotice(props: {
  orderId: string;
  accountNumber: string;
}): React.JSX.Element | null {
  const { orderId, accountNumber } = props;
  const [others, setOthers] = useState<SameAccountOrders['orders']>([]);
  useEffect(() => {
    // Asked once the typing pauses (main reads what autosave has written).
    const timer = setTimeout(() => {
      void api.sameAccountOrders({ id: orderId }).then(
        (result) => setOthers(result.orders),
        () => setOthers([]),
      );
    }, 600);
    return () => clearTimeout(timer);
  }, [orderId, accountNumber]);
  if (others.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Same account as another order.</MessageBarTitle>{' '}
        <span>
          {others.map((o) => `“${o.name}” (${orderStatusLabels[o.status]})`).join(', ')}{' '}
          {others.length === 1 ? 'is' : 'are'} for this account number too and not finished.
          Microsoft processes one order an account at a time: submit this one once{' '}
          {others.length === 1 ? 'that one is' : 'those are'} completed or cancelled.
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
