import { Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { reviewRows } from '@shared/order/review-rows';
import { type AnswerStepId, answerStepIds, stepTitles } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  row: { display: 'contents' },
});

/** Every answer of the order by step, as Review and the order page show them; Edit links only where answers may change. */
export function AnswersByStep({
  order,
  onEdit,
}: {
  order: Order;
  onEdit?: ((step: AnswerStepId) => void) | undefined;
}): React.JSX.Element {
  const styles = useStyles();
  const rows = reviewRows(order);
  return (
    <>
      {answerStepIds.map((step) => (
        <section key={step} className={styles.group} aria-label={stepTitles[step]}>
          <div className={styles.head}>
            <Subtitle2 as="h3">{stepTitles[step]}</Subtitle2>
            {onEdit ? (
              <Link onClick={() => onEdit(step)} aria-label={`Edit ${stepTitles[step]}`}>
                Edit
              </Link>
            ) : null}
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
    </>
  );
}
