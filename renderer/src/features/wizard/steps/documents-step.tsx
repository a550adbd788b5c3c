import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentPdfRegular } from '@fluentui/react-icons';
import { api } from '@renderer/api';
import { FormInput } from '@renderer/components/form-input';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import { errorWords } from '@shared/error-words';
import { documentsWarnings } from '@shared/order/rules/documents-rules';
import { type DocumentKind, maxDocuments, type Order } from '@shared/schemas/order';
import { useState } from 'react';

import { CarrierRecordPanel } from '../../carrier-record/carrier-record-panel';
import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const kindWords: Record<DocumentKind, string> = {
  bill: 'Bill',
  carrierRecord: 'CSR or Equipment Record',
};

/**
 * Documents: PDFs the carrier may ask for (a recent bill, the CSR or, in Canada, the
 * Equipment Record). Main checks each by its bytes, keeps it beside the order and puts it
 * in the submission package. The bill's date says whether it is recent enough.
 */
export function DocumentsStep({ order }: { order: Order }): React.JSX.Element {
  const styles = useStyles();
  const form = useStepForm('documents', order);
  const replace = useOpenOrderStore((s) => s.replace);
  const [problem, setProblem] = useState<string>();
  const billDate = form.watch('billDate');
  const warnings = documentsWarnings({ billDate }, order.documents, new Date());
  const run = async (action: () => Promise<Order | undefined>) => {
    setProblem(undefined);
    try {
      const next = await action();
      if (next) replace(next);
    } catch (error) {
      setProblem(errorWords(error));
    }
  };
  const attach = (kind: DocumentKind) =>
    run(async () => {
      const result = await api.attachOrderDocument({ id: order.id, kind });
      return result.cancelled ? undefined : result.order;
    });
  return (
    <>
      <StepSection title="Files for the carrier" grid={false}>
        {order.documents.length === 0 ? (
          <Text>No documents attached yet.</Text>
        ) : (
          <ul className={styles.list} aria-label="Attached documents">
            {order.documents.map((d) => (
              <li key={d.storedAs} className={styles.item}>
                <DocumentPdfRegular aria-hidden />
                <Text>
                  {kindWords[d.kind]}: <strong>{d.fileName}</strong> (
                  {Math.max(1, Math.round(d.bytes / 1024)).toLocaleString('en-US')} KB)
                </Text>
                <Button
                  size="small"
                  aria-label={`Open ${d.fileName}`}
                  onClick={() =>
                    void run(async () => {
                      await api.openOrderDocument({ id: order.id, storedAs: d.storedAs });
                      return undefined;
                    })
                  }
                >
                  Open
                </Button>
                <Button
                  size="small"
                  aria-label={`Remove ${d.fileName}`}
                  onClick={() =>
                    void run(() => api.removeOrderDocument({ id: order.id, storedAs: d.storedAs }))
                  }
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.actions}>
          <Button
            disabled={order.documents.length >= maxDocuments}
            onClick={() => void attach('bill')}
          >
            Attach a bill (PDF)…
          </Button>
          <Button
            disabled={order.documents.length >= maxDocuments}
            onClick={() => void attach('carrierRecord')}
          >
            Attach the CSR or Equipment Record (PDF)…
          </Button>
        </div>
        {problem ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        ) : null}
        {warnings
          .filter((w) => w.field === 'documents')
          .map((w) => (
            <MessageBar key={w.field} intent="info" layout="multiline">
              <MessageBarBody>{w.message}</MessageBarBody>
            </MessageBar>
          ))}
      </StepSection>
      <StepSection title="The bill">
        <FormInput
          control={form.control}
          name="billDate"
          maxLength={10}
          label="Bill date"
          type="date"
          hint="The date printed on the bill; carriers want one from the last 30 days."
          warning={warnings.find((w) => w.field === 'billDate')?.message}
        />
      </StepSection>
      {/* The carrier's record compared with the order, under the files for the carrier. */}
      <CarrierRecordPanel order={order} />
    </>
  );
}
