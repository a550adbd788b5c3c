import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { DocumentPdfRegular, TextDescriptionRegular } from '@fluentui/react-icons';
import { api } from '@renderer/api';
import { useCarrierRecord, useCarrierRecordStore } from '@renderer/stores/carrier-record-store';
import { useOpenOrderStore } from '@renderer/stores/open-order-store';
import {
  answerOfFinding,
  answerValue,
  type ComparedAnswer,
  comparedAnswerLabel,
  withAnswer,
} from '@shared/carrier-record/order-view';
import { errorWords } from '@shared/error-words';
import type { CarrierRecordView } from '@shared/schemas/carrier-record';
import type { Order } from '@shared/schemas/order';
import { format, parseISO } from 'date-fns';
import { type ReactNode, useState } from 'react';

import { FindingsTable } from './findings-table';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What the last "use the carrier's wording" replaced, for Undo. */
interface Taken {
  answer: ComparedAnswer;
  value: string;
  previous: string;
}

/**
 * The carrier's record (CSR, Equipment Record, a bill's first page) beside the order: the
 * admin attaches its PDF or pastes its text, and sees each field of the record against the
 * order's, matching, written differently or mismatching, with the carrier's wording a click
 * away (with Undo) and a reason asked for each mismatch the admin keeps.
 */
export function CarrierRecordPanel({ order }: { order: Order }): React.JSX.Element {
  const styles = useStyles();
  const view = useCarrierRecord(order);
  const failure = useCarrierRecordStore((s) => (s.orderId === order.id ? s.failure : undefined));
  const { replace, flush } = useOpenOrderStore();
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [taken, setTaken] = useState<Taken>();

  /** Runs a change in main, shows its answer, and takes the order's new save (its history line). */
  const run = async (change: () => Promise<CarrierRecordView | undefined>) => {
    setBusy(true);
    setRefusal(undefined);
    try {
      await flush();
      const next = await change();
      if (next) useCarrierRecordStore.getState().show(order.id, next);
      replace(await api.getOrder({ id: order.id }));
      return true;
    } catch (error) {
      setRefusal(errorWords(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const attachPdf = () =>
    run(async () => {
      const result = await api.attachCarrierRecordPdf({ id: order.id });
      return result.cancelled ? undefined : result.view;
    });
  const compareDocument = (storedAs: string) =>
    run(() => api.compareOrderDocument({ id: order.id, storedAs }));
  const readText = async () => {
    if (await run(() => api.pasteCarrierRecord({ id: order.id, text }))) {
      setPasting(false);
      setText('');
    }
  };
  const useWording = (findingId: string) =>
    run(async () => {
      const result = await api.useCarrierWording({ id: order.id, findingId });
      const finding = view?.attached ? view.findings.find((f) => f.id === findingId) : undefined;
      const answer = finding && answerOfFinding(finding.field);
      if (answer)
        setTaken({
          answer,
          value: answerValue(result.order.answers, answer),
          previous: result.previous,
        });
      return undefined;
    });
  const undo = (t: Taken) =>
    run(async () => {
      // The admin's own answer saved again, through the step that asks it.
      const answers = withAnswer(order.answers, t.answer, t.previous);
      await api.saveOrderStep(
        t.answer.step === 'btn'
          ? { id: order.id, step: 'btn', values: answers.btn }
          : { id: order.id, step: 'account', values: answers.account },
      );
      setTaken(undefined);
      return undefined;
    });

  const attached = view?.attached ? view : undefined;
  return (
    <section className={styles.panel} aria-label="Carrier record">
      <Subtitle2 as="h3" className={styles.title}>
        Carrier record
      </Subtitle2>
      <Body1>
        Carriers reject an order that differs from their record of the account (the CSR in the US,
        the Equipment Record in Canada). Attach the record as a PDF, or paste its text: PortDesk
        reads it on this computer and compares it with the order, field by field.
      </Body1>
      {view && !view.attached && view.unreadable ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{view.unreadable}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failure || refusal ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{refusal ?? failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {attached ? <RecordSource view={attached} /> : null}
      <div className={styles.actions}>
        {/* A CSR already attached for the carrier (Files for the carrier, above) is compared in one
            click while none is read yet; once one is, replacing it (and its confirmations) is
            the explicit "Attach another record". */}
        {attached
          ? null
          : order.documents
              .filter((doc) => doc.kind === 'carrierRecord')
              .map((doc) => (
                <Button
                  key={doc.storedAs}
                  icon={<DocumentPdfRegular />}
                  disabled={busy}
                  onClick={() => void compareDocument(doc.storedAs)}
                >
                  Compare the attached record “{doc.fileName}”
                </Button>
              ))}
        <Button icon={<DocumentPdfRegular />} disabled={busy} onClick={() => void attachPdf()}>
          {attached ? 'Attach another record (PDF)' : 'Attach the record (PDF)'}
        </Button>
        <Button
          icon={<TextDescriptionRegular />}
          disabled={busy}
          aria-expanded={pasting}
          onClick={() => setPasting((p) => !p)}
        >
          Paste the record’s text
        </Button>
      </div>
      {pasting ? (
        <>
          <Field label="The record’s text" hint="Copied from the carrier’s portal or a PDF.">
            <Textarea
              resize="vertical"
              rows={8}
              value={text}
              onChange={(_e, data) => setText(data.value)}
            />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void readText()}>
              Read the text
            </Button>
          </div>
        </>
      ) : null}
      {taken ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {comparedAnswerLabel(taken.answer, order.answers.getStarted.country)} is now “
            {taken.value}” (it was “{taken.previous}”).
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => void undo(taken)}>
              Undo
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {attached ? (
        <>
          <OpenMismatches count={attached.open} />
          <FindingsTable
            view={attached}
            country={order.answers.getStarted.country}
            busy={busy}
            onUseWording={(id) => void useWording(id)}
            onPick={(field, index) =>
              void run(() => api.pickCarrierRecordValue({ id: order.id, field, index }))
            }
            onConfirm={(findingId, reason) =>
              run(() => api.confirmCarrierFinding({ id: order.id, findingId, reason }))
            }
          />
          {attached.record.problems.length > 0 ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Not read from the record</MessageBarTitle>
                <ul className={styles.problems}>
                  {attached.record.problems.map((p) => (
                    <li key={`${p.line}:${p.message}`}>{p.message}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function RecordSource({ view }: { view: Extract<CarrierRecordView, { attached: true }> }) {
  const when = format(parseISO(view.source.attachedAt), 'MMMM d, yyyy');
  return (
    <Body1>
      {view.source.kind === 'pdf'
        ? `Read from ${view.source.fileName ?? 'a PDF'}, attached ${when}.`
        : `Read from text pasted on ${when}.`}
    </Body1>
  );
}

/** Whether Finish waits on the record; `children` offer a way to it. */
export function OpenMismatches({
  count,
  children,
}: {
  count: number;
  children?: ReactNode;
}): React.JSX.Element {
  return count > 0 ? (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {count === 1 ? '1 mismatch' : `${count} mismatches`} with the carrier’s record
        </MessageBarTitle>
        The carrier would reject the order as it is. Fix the answer, or confirm it with a reason
        (for example, the carrier changed the account since the record was printed). Finish waits
        until each one is fixed or confirmed. {children}
      </MessageBarBody>
    </MessageBar>
  ) : (
    <MessageBar intent="success">
      <MessageBarBody>No mismatch left with the carrier’s record. {children}</MessageBarBody>
    </MessageBar>
  );
}
