import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { api } from '@renderer/api';
import { AnswersByStep } from '@renderer/components/answers-by-step';
import { useCarrierRecordStore } from '@renderer/stores/carrier-record-store';
import { navigate } from '@renderer/stores/navigation';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import { checkOrder } from '@shared/order/check-order';
import { answerStepIds, stepTitles } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';
import { useEffect, useState } from 'react';

import { CarrierRecordPanel } from '../../carrier-record/carrier-record-panel';

const useStyles = makeStyles({
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Review: what is still wrong (each with a link to its field), every answer by step with Edit, and Finish. */
export function ReviewStep({ order }: { order: Order }): React.JSX.Element {
  const styles = useStyles();
  const { goTo, replace, flush } = useOpenOrderStore();
  const [refusal, setRefusal] = useState<string>();
  // A refusal about the carrier's record is out of date once the record's comparison changes.
  const carrierView = useCarrierRecordStore((s) => s.view);
  useEffect(() => setRefusal(undefined), [carrierView]);
  const check = checkOrder(order, new Date());
  const finish = async () => {
    setRefusal(undefined);
    try {
      await flush();
      replace(await api.finishOrder({ id: order.id }));
    } catch (error) {
      setRefusal(errorWords(error));
    }
  };
  return (
    <>
      {check.issues.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {check.issues.length === 1
                ? '1 answer to fix'
                : `${check.issues.length} answers to fix`}{' '}
              before this order is ready
            </MessageBarTitle>
            {answerStepIds
              .filter((step) => check.issues.some((issue) => issue.step === step))
              .map((step) => (
                <div key={step}>
                  <strong>{stepTitles[step]}</strong>
                  <ul className={styles.issues}>
                    {check.issues
                      .filter((issue) => issue.step === step)
                      .map((issue, i) => (
                        <li key={i}>
                          <Link onClick={() => void goTo(issue.step, issue.field)}>
                            {issue.message}
                          </Link>
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
          </MessageBarBody>
        </MessageBar>
      ) : order.status === 'ready' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Ready to submit</MessageBarTitle>
            Every answer is checked. Next: print the letter, have it signed, and write the
            submission package. Any change you make here returns the order to Draft until you finish
            again.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => navigate('orderOverview')}>
              Go to submission
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {/* Until the Documents step (issue 15) holds it, the carrier record is compared here. */}
      <CarrierRecordPanel order={order} />
      <AnswersByStep order={order} onEdit={(step) => void goTo(step)} />
      {refusal ? (
        <MessageBar intent="error">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      ) : null}
      {order.status === 'draft' ? (
        <div>
          <Button
            appearance="primary"
            disabled={check.issues.length > 0}
            onClick={() => void finish()}
          >
            Finish: mark Ready to submit
          </Button>
        </div>
      ) : null}
    </>
  );
}
