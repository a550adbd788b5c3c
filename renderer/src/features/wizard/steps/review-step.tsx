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
import { CarrierRecordReview } from '@renderer/features/carrier-record/carrier-record-review';
import { useCarrierRecordStore } from '@renderer/stores/carrier-record-store';
import { navigate } from '@renderer/stores/navigation';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import { readList } from '@shared/numbers/read-numbers';
import { checkOrder } from '@shared/order/check-order';
import { answerStepIds, stepTitles } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';
import { useEffect, useRef, useState } from 'react';

const useStyles = makeStyles({
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Review lists the numbers themselves up to this many (the wizard's own limit is 999). */
const reviewListLimit = 2000;

/** Review: what is still wrong (each with a link to its field), every answer by step with Edit, and Finish. */
export function ReviewStep({ order }: { order: Order }): React.JSX.Element {
  const styles = useStyles();
  const { goTo, replace, flush } = useOpenOrderStore();
  const [refusal, setRefusal] = useState<string>();
  // A refusal about the carrier's record is out of date once the record's comparison changes.
  const carrierView = useCarrierRecordStore((s) => s.view);
  useEffect(() => setRefusal(undefined), [carrierView]);
  const check = checkOrder(order, new Date());
  const goToSubmission = useRef<HTMLButtonElement>(null);
  const [finished, setFinished] = useState(false);
  // The numbers themselves, as the letter lists them (main keeps the list; Review reads it once).
  const [numbers, setNumbers] = useState<string[]>();
  const listed = order.numbers.total <= reviewListLimit;
  useEffect(() => {
    // A very long list stays on Phone numbers: reading it here would hold up the page.
    if (!listed) return;
    void api.getOrderNumbers({ id: order.id }).then(
      ({ source }) =>
        setNumbers(
          readList(source).entries.flatMap((e) => (e.national ? [`+1${e.national}`] : [])),
        ),
      () => setNumbers(undefined),
    );
  }, [order.id, listed]);
  // Finished: the keyboard goes on to the next thing to do, Go to submission.
  useEffect(() => {
    if (finished && order.status === 'ready') goToSubmission.current?.focus();
  }, [finished, order.status]);
  const finish = async () => {
    setRefusal(undefined);
    try {
      await flush();
      replace(await api.finishOrder({ id: order.id }));
      setFinished(true);
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
            <MessageBarTitle>Ready to submit.</MessageBarTitle>{' '}
            <span>
              Every answer is checked. Next: print the letter, have it signed (or send the
              e-signature request), and write the submission package. Any change you make here
              returns the order to Draft until you finish again.
            </span>
          </MessageBarBody>
          <MessageBarActions>
            <Button
              ref={goToSubmission}
              appearance="primary"
              onClick={() => navigate('orderOverview')}
            >
              Go to submission
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <CarrierRecordReview order={order} onOpen={() => void goTo('documents')} />
      <AnswersByStep order={order} onEdit={(step) => void goTo(step)} numbers={numbers} />
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
