import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { api } from '@renderer/api';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import { recheckMessage } from '@shared/order/check-order';
import { rejectionReasons } from '@shared/order/lifecycle';
import type { AnswerStepId } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';
import { useState } from 'react';

/** The fields of a step to check after a rejection, as field → message for the form's fields. */
export function recheckNotices(order: Order, step: string): ReadonlyMap<string, string> {
  const recheck = order.recheck;
  if (!recheck) return new Map();
  return new Map(
    recheck.fields.filter((f) => f.step === step).map((f) => [f.field, recheckMessage(recheck)]),
  );
}

/** On a recreated draft: why this step's highlighted answers need a look, and a way to say they were checked. */
export function RecheckBanner({
  order,
  step,
}: {
  order: Order;
  step: AnswerStepId;
}): React.JSX.Element | null {
  const { replace, flush } = useOpenOrderStore();
  const [failure, setFailure] = useState<string>();
  const recheck = order.recheck;
  if (!recheck || !recheck.fields.some((f) => f.step === step)) return null;
  const checked = async () => {
    try {
      await flush();
      replace(await api.markOrderStepChecked({ id: order.id, step }));
    } catch (error) {
      setFailure(errorWords(error));
    }
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Rejected: {rejectionReasons[recheck.reason].label}</MessageBarTitle>“
        {recheck.fromOrderName}” was rejected{recheck.details ? ` (“${recheck.details}”)` : ''}.
        Compare the highlighted answers with the carrier&apos;s customer service record (CSR) and
        correct them; then say they are checked.
        {failure ? <span role="alert"> {failure}</span> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void checked()}>Checked</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
