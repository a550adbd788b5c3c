import {
  Button,
  Checkbox,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowExportRegular,
  AttachRegular,
  DocumentPdfRegular,
  FolderZipRegular,
} from '@fluentui/react-icons';
import { api } from '@renderer/api';
import { errorWords } from '@shared/error-words';
import { answersChecked } from '@shared/order/lifecycle';
import { loaVersionLabels, loaVersionsFor } from '@shared/schemas/documents';
import type { Order } from '@shared/schemas/order';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Outcome = { intent: 'success' | 'error'; text: string };

/** The letter to print, the signed scan, the submission package and the hand-off file. */
export function DocumentsPanel({
  order,
  onChange,
}: {
  order: Order;
  onChange: (order: Order) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome>();
  const [withHeader, setWithHeader] = useState(true);
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<string | undefined>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const text = await task();
      if (text) setOutcome({ intent: 'success', text });
    } catch (error) {
      setOutcome({ intent: 'error', text: errorWords(error) });
    } finally {
      setBusy(false);
    }
  };
  // A scan can be attached before or after submitting, until the order is closed.
  const attachable = order.status !== 'completed' && order.status !== 'cancelled';
  const versions = loaVersionsFor(order.answers.getStarted.country);
  const ready = answersChecked(order.status);
  const scan = order.signedScan;
  return (
    <div className={styles.column}>
      {!ready ? (
        <Text className={styles.muted}>
          Finish the order on Review first: the letter and the package are filled from checked
          answers only.
        </Text>
      ) : null}
      <div className={styles.row}>
        {versions.map((v) => (
          <Button
            key={v}
            icon={<DocumentPdfRegular />}
            disabled={!ready || busy}
            onClick={() =>
              void run(
                async () =>
                  `Opened ${(await api.openLoa({ id: order.id, version: v })).file} for printing.`,
              )
            }
          >
            {loaVersionLabels[v]}
          </Button>
        ))}
      </div>
      {order.letterChanged ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The letter needs a new signature.</MessageBarTitle>{' '}
            <span>
              It changed after submitting ({order.letterChanged.fields.join(', ')}). Print it, have
              the authorized user sign it again, and attach the new scan
              {order.detachedScans.length > 0
                ? `; the earlier scan (${order.detachedScans.at(-1)!.fileName}) is kept in the order's folder.`
                : '.'}
            </span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        {attachable ? (
          <Button
            icon={<AttachRegular />}
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const result = await api.attachSignedScan({ id: order.id });
                if (result.cancelled) return undefined;
                onChange(result.order);
                return `Attached the signed letter ${result.order.signedScan?.fileName ?? ''}.`;
              })
            }
          >
            {scan ? 'Replace the signed letter' : 'Attach the signed letter'}
          </Button>
        ) : null}
        {scan ? (
          <Text>
            Signed letter:{' '}
            <Link
              onClick={() =>
                void run(async () => (await api.openSignedScan({ id: order.id }), undefined))
              }
            >
              {scan.fileName}
            </Link>{' '}
            <span className={styles.muted}>
              ({Math.max(1, Math.round(scan.bytes / 1024)).toLocaleString('en-US')} KB)
            </span>
          </Text>
        ) : attachable ? (
          <Text className={styles.muted}>PDF, PNG or JPG, signed by the authorized user.</Text>
        ) : null}
      </div>
      <EarlierScans order={order} />
      <div className={styles.row}>
        <Button
          // The next step only while the order waits to be submitted; after that (and after a
          // rejection, whose next step is Recreate) it is there to write again, not to suggest.
          appearance={order.status === 'ready' ? 'primary' : 'secondary'}
          icon={<FolderZipRegular />}
          disabled={!ready || busy}
          onClick={() =>
            void run(async () => {
              const result = await api.exportSubmissionPackage({ id: order.id, withHeader });
              return result.cancelled
                ? undefined
                : `Wrote ${result.files.length} files to ${result.folder}.`;
            })
          }
        >
          Write the submission package
        </Button>
        <Checkbox
          checked={withHeader}
          onChange={(_e, d) => setWithHeader(d.checked === true)}
          label="PhoneNumber header in the CSV files"
        />
      </div>
      <div className={styles.row}>
        <Button
          icon={<ArrowExportRegular />}
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const result = await api.exportOrderFile({ id: order.id });
              return result.cancelled
                ? undefined
                : `Saved ${result.file}. The carrier PIN is not in it: it stays on this computer.`;
            })
          }
        >
          Export for a colleague (.portorder)
        </Button>
      </div>
      {outcome ? (
        <MessageBar intent={outcome.intent} role={outcome.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

/**
 * Signed letters an edit or a later scan took the place of after submitting (the one sent to
 * Microsoft among them): listed, newest first, and kept in the order's folder.
 */
function EarlierScans({ order }: { order: Order }): React.JSX.Element | null {
  const styles = useStyles();
  if (order.detachedScans.length === 0) return null;
  return (
    <div className={styles.column}>
      <Text weight="semibold">Earlier signed letters (kept in the order's folder)</Text>
      <ul aria-label="Earlier signed letters" className={styles.list}>
        {order.detachedScans.toReversed().map((scan) => (
          <li key={scan.storedAs}>
            <Text>
              {scan.fileName}{' '}
              <span className={styles.muted}>
                (attached {format(parseISO(scan.attachedAt), 'MMMM d, yyyy')}, stored as{' '}
                {scan.storedAs})
              </span>
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
