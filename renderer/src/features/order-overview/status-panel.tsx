import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { parseIsoDate } from '@shared/calendar/business-days';
import {
  canEditAfterSubmit,
  canEditAnswers,
  canRecreate,
  currentStatus,
  recordableFrom,
  rejectionReasons,
} from '@shared/order/lifecycle';
import { clock12 } from '@shared/order/transfer-times';
import type { Order } from '@shared/schemas/order';
import { orderStatusLabels, type RecordableStatus } from '@shared/schemas/order-status';
import { format } from 'date-fns';
import { useEffect, useState } from 'react';

import { RecordStatusDialog } from './record-status-dialog';
import { statusActions } from './status-actions';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  facts: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

const shortDate = (iso: string) => {
  const day = parseIsoDate(iso);
  return day ? format(day, 'EEE, MMM d, yyyy') : iso;
};

/** Where the order stands and what the admin can record next; only what main will accept is offered. */
export function StatusPanel(props: {
  order: Order;
  onChange: (order: Order) => void;
  onRecreate: () => void;
  onEdit: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { order } = props;
  const [recording, setRecording] = useState<RecordableStatus>();
  // The clock can make an approved transfer pending while the page is open: offer only what main will still accept.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const status = currentStatus(order, now);
  const next = recordableFrom(status);
  const label = (s: RecordableStatus) =>
    s === 'transferApproved' && status === 'transferApproved'
      ? 'Change the FOC'
      : statusActions[s].button;
  return (
    <>
      <div className={styles.facts}>
        {order.submission ? (
          <Text>
            Microsoft order ID {order.submission.microsoftOrderId}, submitted{' '}
            {shortDate(order.submission.submittedOn)}
          </Text>
        ) : null}
        {order.foc && (status === 'error' || status === 'cancelled') ? (
          // A rejected or cancelled order will not transfer: its FOC is history, not a date to expect.
          <Text>
            No transfer is scheduled. The FOC had been {shortDate(order.foc.date)} at{' '}
            {clock12(order.foc.time)} Eastern, before the order was{' '}
            {status === 'error' ? 'rejected' : 'cancelled'}.
          </Text>
        ) : order.foc ? (
          <Text>
            FOC {shortDate(order.foc.date)} at {clock12(order.foc.time)} Eastern
          </Text>
        ) : null}
        {order.rejection ? (
          <Text>
            Rejected: {rejectionReasons[order.rejection.reason].label}
            {order.rejection.details ? ` (${order.rejection.details})` : ''}
          </Text>
        ) : null}
        {status === 'transferPending' ? (
          <Text>Less than 24 hours before the transfer: it can no longer be cancelled.</Text>
        ) : null}
        {next.length === 0 && !canRecreate(status) && !canEditAnswers(status) ? (
          <Text>{orderStatusLabels[status]}: nothing more to record.</Text>
        ) : null}
      </div>
      <div className={styles.actions}>
        {next.map((s) => (
          // Cancelling is never the suggested next step.
          <Button
            key={s}
            appearance={s === next[0] && s !== 'cancelled' ? 'primary' : 'secondary'}
            onClick={() => setRecording(s)}
          >
            {label(s)}
          </Button>
        ))}
        {canRecreate(order.status) ? (
          <Button appearance="primary" onClick={props.onRecreate}>
            Recreate as a new draft
          </Button>
        ) : null}
        {canEditAnswers(order.status) || canEditAfterSubmit(order.status) ? (
          <Button onClick={props.onEdit}>Edit answers</Button>
        ) : null}
      </div>
      {recording ? (
        <RecordStatusDialog
          order={order}
          status={recording}
          onCancel={() => setRecording(undefined)}
          onDone={(saved) => {
            setRecording(undefined);
            props.onChange(saved);
          }}
        />
      ) : null}
    </>
  );
}
