import {
  Body1,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowImportRegular, PhoneAddRegular } from '@fluentui/react-icons';
import { api } from '@renderer/api';
import { PageHeader } from '@renderer/components/page-header';
import { useNavigation } from '@renderer/stores/navigation';
import { showOrder } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import type { ImportOrderFileResult } from '@shared/schemas/documents';
import type { OrderList, OrderSummary } from '@shared/schemas/order';
import { useEffect, useMemo, useRef, useState } from 'react';

import { DeleteOrderDialog } from './delete-order-dialog';
import { ImportDialog } from './import-dialog';
import { countByStatus, filterOrders, sortOrders } from './orders-filter';
import { OrdersTable, ordersTableBodyId } from './orders-table';
import { OrdersToolbar } from './orders-toolbar';
import { useOrdersView } from './orders-view-store';
import { orderListIfArrived, takeOrderList } from './start-list';
import { StatusCounts } from './status-counts';
import { UpcomingTransfers } from './upcoming-transfers';
import { useStableActions } from './use-stable-actions';

const useStyles = makeStyles({
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  icon: { fontSize: '48px', color: tokens.colorBrandForeground1 },
  text: { maxWidth: '60ch', color: tokens.colorNeutralForeground2 },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  centered: { justifyContent: 'center' },
});

/** Port orders: every order at a glance (counts, upcoming transfers) and in one searchable table; start, open, duplicate, delete (with undo). */
type ImportState =
  | { ask: NonNullable<Extract<ImportOrderFileResult, { cancelled: true }>['alreadyHere']> }
  | {
      imported: Extract<ImportOrderFileResult, { cancelled: false }>;
      organizationAdded: boolean;
    };

export function OrderListPage(): React.JSX.Element {
  const styles = useStyles();
  const navigate = useNavigation((s) => s.navigate);
  // At start the list has usually come before the first render (start-list.ts): the rows
  // then show in that render, not in a second one.
  const [list, setList] = useState<OrderList | undefined>(orderListIfArrived);
  const [deleting, setDeleting] = useState<OrderSummary>();
  const [deleted, setDeleted] = useState<OrderSummary>();
  const [failure, setFailure] = useState<string>();
  const { query, status, sort, setStatus, sortBy } = useOrdersView();
  // Where focus goes once the list shows the change: the row it was on went with a delete,
  // the Undo button with an undo, and focus must not fall to <body>.
  const undoButton = useRef<HTMLButtonElement>(null);
  const [restoredId, setRestoredId] = useState<string>();
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);
  useEffect(() => {
    if (restoredId === undefined) return;
    setRestoredId(undefined);
    focusOrderRow(restoredId);
  }, [list, restoredId]);

  useEffect(() => {
    // Taken either way, so that a later visit asks main afresh; a list already shown stays.
    void takeOrderList().then(
      (fresh) => setList((shown) => shown ?? fresh),
      (error: unknown) => setFailure(errorWords(error)),
    );
  }, []);

  const attempt = async (task: () => Promise<void>) => {
    setFailure(undefined);
    try {
      await task();
    } catch (error) {
      setFailure(errorWords(error));
    }
  };
  const open = (id: string) => attempt(() => showOrder(id));
  const start = () => attempt(async () => open((await api.createOrder()).id));
  // An imported order opens at once, unless the import has something to say or ask first.
  const [importing, setImporting] = useState<ImportState>();
  const afterImport = async (result: ImportOrderFileResult) => {
    if (result.cancelled) {
      if (result.alreadyHere) setImporting({ ask: result.alreadyHere });
      return;
    }
    if (result.explanation || result.organization)
      setImporting({ imported: result, organizationAdded: false });
    else await open(result.order.id);
  };
  const importFile = (whenAlreadyHere?: 'update' | 'copy') =>
    attempt(async () => {
      setImporting(undefined);
      await afterImport(
        await (whenAlreadyHere ? api.importOrderFile({ whenAlreadyHere }) : api.importOrderFile()),
      );
    });
  const addSenderOrganization = () =>
    attempt(async () => {
      if (!importing || !('imported' in importing) || !importing.imported.organization) return;
      await api.saveOrganization(importing.imported.organization);
      setImporting({ ...importing, organizationAdded: true });
    });
  const duplicate = (id: string) =>
    attempt(async () => open((await api.duplicateOrder({ id })).id));
  const confirmDelete = () =>
    attempt(async () => {
      if (!deleting) return;
      setList(await api.deleteOrder({ id: deleting.id }));
      setDeleted(deleting);
      setDeleting(undefined);
    });
  const undo = () =>
    attempt(async () => {
      if (!deleted) return;
      setList(await api.restoreOrder({ id: deleted.id }));
      setDeleted(undefined);
      setRestoredId(deleted.id);
    });

  const actions = useStableActions({
    open: (id) => void open(id),
    duplicate: (id) => void duplicate(id),
    remove: setDeleting,
  });
  const orders = useMemo(() => list?.orders ?? [], [list]);
  const counts = useMemo(() => countByStatus(orders), [orders]);
  // Sorted when the list or the sort changes; a keystroke only filters what is already sorted.
  const sorted = useMemo(() => sortOrders(orders, sort), [orders, sort]);
  const rows = useMemo(() => filterOrders(sorted, query, status), [sorted, query, status]);
  return (
    <>
      <PageHeader title="Port orders">
        Move your organization&apos;s phone numbers from their current carrier to Microsoft Teams.
      </PageHeader>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {importing && 'ask' in importing ? (
        <ImportDialog
          ask={importing.ask}
          onChoose={(choice) => void importFile(choice)}
          onCancel={() => setImporting(undefined)}
        />
      ) : importing ? (
        <ImportDialog
          imported={importing.imported}
          organizationAdded={importing.organizationAdded}
          onAddOrganization={() => void addSenderOrganization()}
          onOpen={() => {
            setImporting(undefined);
            void open(importing.imported.order.id);
          }}
        />
      ) : null}
      {deleted ? (
        <MessageBar intent="info" role="status">
          <MessageBarBody>Deleted the draft “{deleted.name}”.</MessageBarBody>
          <MessageBarActions>
            <Button ref={undoButton} onClick={() => void undo()}>
              Undo
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {!list ? (
        <Spinner label="Loading port orders…" />
      ) : orders.length === 0 ? (
        <section className={styles.empty} aria-labelledby="no-orders">
          <PhoneAddRegular className={styles.icon} aria-hidden />
          <Subtitle1 as="h2" id="no-orders">
            No port orders yet
          </Subtitle1>
          <Body1 className={styles.text}>
            Draft a port order here, offline and step by step as the Teams admin center asks.
            PortDesk checks every answer against the carrier&apos;s rules before you submit, so the
            order is not rejected for a mismatched BTN, account number or address.
          </Body1>
          <div className={`${styles.actions} ${styles.centered}`}>
            <Button appearance="primary" size="large" onClick={() => void start()}>
              Start a port order
            </Button>
            <Button size="large" icon={<ArrowImportRegular />} onClick={() => void importFile()}>
              Import a port order
            </Button>
            <Link onClick={() => navigate('pin')}>Set up and manage the PIN</Link>
          </div>
        </section>
      ) : (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => void start()}>
              New port order
            </Button>
            <Button icon={<ArrowImportRegular />} onClick={() => void importFile()}>
              Import a port order
            </Button>
            <Link onClick={() => navigate('pin')}>Set up and manage the PIN</Link>
          </div>
          <StatusCounts counts={counts} selected={status} onSelect={setStatus} />
          <UpcomingTransfers orders={orders} />
          <OrdersToolbar shown={rows.length} total={orders.length} />
          <OrdersTable
            rows={rows}
            sort={sort}
            onSort={sortBy}
            actions={actions}
            viewKey={`${query}|${status}|${sort.key}|${sort.direction}`}
          />
        </>
      )}
      <DeleteOrderDialog
        name={deleting?.name}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      />
    </>
  );
}

/** Focuses an order's name in the table (the table itself when its row is scrolled out of view). */
function focusOrderRow(id: string): void {
  const name = document.querySelector<HTMLElement>(`[data-order-id="${CSS.escape(id)}"]`);
  (name ?? document.getElementById(ordersTableBodyId))?.focus();
}
