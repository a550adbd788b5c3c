import { Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
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
    // One label width for every step, so the answers line up from one step to the next.
    gridTemplateColumns: '12.5rem 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  warning: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    color: tokens.colorStatusWarningForeground1,
    marginTop: tokens.spacingVerticalXXS,
  },
  numbers: {
    margin: 0,
    paddingInlineStart: 0,
    listStyle: 'none',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: tokens.spacingVerticalXXS,
    fontVariantNumeric: 'tabular-nums',
  },
  row: { display: 'contents' },
});

/**
 * Every answer of the order by step, as Review and the order page show them, with each
 * answer's warning (a name the admin center cuts, an old bill) and, when given, the
 * numbers themselves, sorted. Edit links only where answers may change.
 */
export function AnswersByStep({
  order,
  onEdit,
  numbers,
}: {
  order: Order;
  onEdit?: ((step: AnswerStepId) => void) | undefined;
  numbers?: readonly string[] | undefined;
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
                <dd className={styles.value}>
                  {row.value}
                  {row.warning ? (
                    <span className={styles.warning}>
                      <WarningRegular aria-hidden /> <span>Warning: {row.warning}</span>
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
          {step === 'numbers' && numbers && numbers.length > 0 ? (
            <ul className={styles.numbers} aria-label={`The numbers (${numbers.length})`}>
              {[...numbers].sort().map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </>
  );
}
