import {
  Badge,
  Card,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { api } from '@renderer/api';
import { AnswersByStep } from '@renderer/components/answers-by-step';
import { PageHeader } from '@renderer/components/page-header';
import { navigate } from '@renderer/stores/navigation';
import { backToOrderList, showOrder, useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import { type Order, orderStatusLabels } from '@shared/schemas/order';
import { useState } from 'react';

import { DocumentsPanel } from './documents-panel';
import { OrderTimeline } from './order-timeline';
import { StatusPanel } from './status-panel';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
  },
  title: { margin: 0 },
});

/** An order once its answers are checked: its status and what to record next, its papers, its history, its answers. */
export function OrderOverviewPage(): React.JSX.Element {
  const order = useOpenOrderStore((s) => s.order);
  if (!order) return <Spinner label="Opening the order…" />;
  return <Overview order={order} />;
}

function Overview({ order }: { order: Order }): React.JSX.Element {
  const styles = useStyles();
  const replace = useOpenOrderStore((s) => s.replace);
  const [failure, setFailure] = useState<string>();
  // The new draft opens in the wizard, at the first answer the rejection points to.
  const recreate = async () => {
    try {
      const draft = await api.recreateOrder({ id: order.id });
      await showOrder(draft.id);
    } catch (error) {
      setFailure(errorWords(error));
    }
  };
  return (
    <>
      <Link onClick={() => void backToOrderList()}>
        <ArrowLeftRegular aria-hidden /> All port orders
      </Link>
      <PageHeader title={order.answers.details.orderName.trim() || 'Untitled order'} focusOnOpen>
        <Badge
          appearance="filled"
          color={
            order.status === 'error' ? 'danger' : order.status === 'completed' ? 'success' : 'brand'
          }
          role="status"
        >
          {orderStatusLabels[order.status]}
        </Badge>
      </PageHeader>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.layout}>
        <Card className={styles.card}>
          <Subtitle1 as="h2" className={styles.title}>
            Status
          </Subtitle1>
          <StatusPanel
            order={order}
            onChange={replace}
            onRecreate={() => void recreate()}
            onEdit={() => navigate('wizard')}
          />
        </Card>
        <Card className={styles.card}>
          <Subtitle1 as="h2" className={styles.title}>
            Letter and submission
          </Subtitle1>
          <DocumentsPanel order={order} onChange={replace} />
        </Card>
        <Card className={styles.card}>
          <Subtitle1 as="h2" className={styles.title}>
            History
          </Subtitle1>
          <OrderTimeline entries={order.timeline} />
        </Card>
      </div>
      <Card className={styles.card}>
        <Subtitle1 as="h2" className={styles.title}>
          Answers
        </Subtitle1>
        <AnswersByStep order={order} />
      </Card>
    </>
  );
}
