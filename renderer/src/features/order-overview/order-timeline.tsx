import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { orderStatusLabels, type TimelineEntry } from '@shared/schemas/order-status';
import { format } from 'date-fns';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: { display: 'grid', gridTemplateColumns: '12px 1fr', columnGap: tokens.spacingHorizontalM },
  dot: {
    width: '10px',
    height: '10px',
    marginTop: '5px',
    borderRadius: '50%',
    backgroundColor: tokens.colorBrandBackground,
  },
  auto: { backgroundColor: tokens.colorNeutralForeground3 },
  when: { color: tokens.colorNeutralForeground2 },
});

/** The order's history, newest first: each status change, when, and whether the admin or PortDesk made it. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }): React.JSX.Element {
  const styles = useStyles();
  if (entries.length === 0)
    return <Text>No history yet: this order was drafted before PortDesk kept one.</Text>;
  return (
    <ol className={styles.list} aria-label="History, newest first" reversed>
      {[...entries].reverse().map((entry, i) => (
        <li key={`${entry.at}-${i}`} className={styles.item}>
          <span className={`${styles.dot} ${entry.by === 'app' ? styles.auto : ''}`} aria-hidden />
          <div>
            <Text weight="semibold">{orderStatusLabels[entry.status]}</Text>{' '}
            <Text size={200} className={styles.when}>
              <time dateTime={entry.at}>{format(new Date(entry.at), 'MMM d, yyyy, h:mm a')}</time>
              {entry.by === 'app' ? ' · by PortDesk' : ''}
            </Text>
            <div>
              <Text>{entry.note}</Text>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
