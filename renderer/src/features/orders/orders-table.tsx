import {
  Badge, Button, Link, makeStyles, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { CopyRegular, DeleteRegular } from '@fluentui/react-icons';
import { formatDistanceToNow } from 'date-fns';
import { stepTitles } from '../../../../shared/order/steps';
import { orderStatusLabels, type OrderSummary } from '../../../../shared/schemas/order';

const useStyles = makeStyles({
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '140px' },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

const countryWords: Record<string, string> = { US: 'United States', CA: 'Canada' };
const typeWords: Record<string, string> = { geographic: 'Geographic', tollFree: 'Toll-free' };

/** The drafts and ready orders, with progress and what can be done with each. */
export function OrdersTable(props: {
  orders: OrderSummary[];
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (order: OrderSummary) => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Table aria-label="Port orders">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Order</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Progress</TableHeaderCell>
          <TableHeaderCell>Carrier, country, type</TableHeaderCell>
          <TableHeaderCell>Last change</TableHeaderCell>
          <TableHeaderCell>Actions</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.orders.map((order) => (
          <TableRow key={order.id}>
            <TableCell>
              <Link onClick={() => props.onOpen(order.id)}>{order.name}</Link>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={order.status === 'ready' ? 'success' : 'informative'}>
                {orderStatusLabels[order.status]}
              </Badge>
            </TableCell>
            <TableCell>
              <div className={styles.progress}>
                <ProgressBar value={order.stepsComplete / order.stepsTotal} aria-label={`${order.name}: progress`} />
                <Text size={200} className={styles.muted}>
                  {order.stepsComplete} of {order.stepsTotal} steps · at {stepTitles[order.lastStep]}
                </Text>
              </div>
            </TableCell>
            <TableCell>
              {[order.carrierName, countryWords[order.country], typeWords[order.numberType]].filter(Boolean).join(' · ') || '—'}
            </TableCell>
            <TableCell>
              <time dateTime={order.updatedAt}>{formatDistanceToNow(new Date(order.updatedAt), { addSuffix: true })}</time>
            </TableCell>
            <TableCell>
              <div className={styles.actions}>
                <Button size="small" icon={<CopyRegular />} aria-label={`Duplicate ${order.name}`} onClick={() => props.onDuplicate(order.id)}>
                  Duplicate
                </Button>
                <Button size="small" icon={<DeleteRegular />} aria-label={`Delete ${order.name}`} onClick={() => props.onDelete(order)}>
                  Delete
                </Button>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
