import { Button, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { checkOrder } from '../../../../../shared/order/check-order';
import { answerStepIds, stepTitles } from '../../../../../shared/order/steps';
import type { Order } from '../../../../../shared/schemas/order';
import { api } from '../../../api';
import { useWizardStore } from '../../../stores/wizard-store';
import { reviewRows } from '../review-rows';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
  list: { display: 'grid', gridTemplateColumns: 'minmax(160px, max-content) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: 'contents' },
});

/** Review: what is still wrong (each with a link to its field), every answer by step with Edit, and Finish. */
export function ReviewStep({ order }: { order: Order }): React.JSX.Element {
  const styles = useStyles();
  const { goTo, replace, flush } = useWizardStore();
  const [refusal, setRefusal] = useState<string>();
  const check = checkOrder(order, new Date());
  const rows = reviewRows(order);
  const finish = async () => {
    setRefusal(undefined);
    try {
      await flush();
      replace(await api.finishOrder({ id: order.id }));
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      {check.issues.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{check.issues.length === 1 ? '1 answer to fix' : `${check.issues.length} answers to fix`} before this order is ready</MessageBarTitle>
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
                          <Link onClick={() => void goTo(issue.step, issue.field)}>{issue.message}</Link>
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
            Every answer is checked. Any change you make returns the order to Draft until you finish again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {answerStepIds.map((step) => (
        <section key={step} className={styles.group} aria-label={stepTitles[step]}>
          <div className={styles.head}>
            <Subtitle2 as="h3">{stepTitles[step]}</Subtitle2>
            <Link onClick={() => void goTo(step)} aria-label={`Edit ${stepTitles[step]}`}>Edit</Link>
          </div>
          <dl className={styles.list}>
            {rows[step].map((row) => (
              <div key={row.field} className={styles.row}>
                <dt className={styles.term}>{row.label}</dt>
                <dd className={styles.value}>{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {refusal ? <MessageBar intent="error"><MessageBarBody>{refusal}</MessageBarBody></MessageBar> : null}
      {order.status === 'draft' ? (
        <div>
          <Button appearance="primary" disabled={check.issues.length > 0} onClick={() => void finish()}>
            Finish: mark Ready to submit
          </Button>
        </div>
      ) : null}
    </>
  );
}
