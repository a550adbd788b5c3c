import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

import {
  answerOfFinding,
  answerValue,
  comparedAnswerLabel,
  withAnswer,
} from '@shared/carrier-record/order-view';
import { confirmedWords } from '@shared/carrier-record/record-check';
import type { RecordFieldId } from '@shared/carrier-record/types';
import type { carrierRecordChannels } from '@shared/contract/carrier-record';
import type { HandlersOf } from '@shared/contract/channel';
import { UserFacingError } from '@shared/ipc-error';
import { canEditAnswers } from '@shared/order/lifecycle';
import type { CarrierRecordFile, CarrierRecordView } from '@shared/schemas/carrier-record';
import type { Order } from '@shared/schemas/order';
import { accountMaxLengths } from '@shared/schemas/order-answers';

import type { Dialogs } from '../dialogs';
import { storedDocumentPath } from '../documents/order-documents';
import { orderFilesDir } from '../orders/order-files';
import { toOrder } from '../orders/order-record';
import type { OrderRepository } from '../orders/order-repository';
import { lockedError } from '../orders/order-timeline';
import { pdfText } from './pdf-text';
import { carrierRecordOf } from './record-of-order';
import { storeRecordPdf } from './record-pdf';

export interface CarrierRecordDeps {
  repo: OrderRepository;
  ordersDir: string;
  dialogs: Dialogs;
  now: () => Date;
}

type Cancelled = { cancelled: true };

/** The carrier's record (CSR, Equipment Record, bill) kept with an order and compared with it. */
export interface CarrierRecordService {
  view(id: string): CarrierRecordView;
  /** Reads a PDF the admin picks, keeps a copy beside the order, and compares it. */
  attachPdf(id: string): Promise<Cancelled | { cancelled: false; view: CarrierRecordView }>;
  /** Compares a PDF already attached on the Documents step (the CSR kept with the order, say). */
  compareDocument(id: string, storedAs: string): Promise<CarrierRecordView>;
  paste(id: string, text: string): CarrierRecordView;
  /** Uses another of the candidates found for a field. */
  pick(id: string, field: RecordFieldId, index: number): CarrierRecordView;
  /** Confirms a mismatch with the admin's reason (empty takes it back). */
  confirm(id: string, findingId: string, reason: string): CarrierRecordView;
  /** Takes the carrier's wording into the order's answer; what it replaced comes back for Undo. */
  useWording(
    id: string,
    findingId: string,
  ): { order: Order; step: 'account' | 'btn'; field: string; previous: string };
}

const fieldWords: Record<RecordFieldId, string> = {
  accountNumber: 'account number',
  btn: 'BTN',
  companyName: 'company name',
  authorizedName: 'authorized person',
  serviceAddress: 'service address',
  recordDate: 'record date',
};

export function createCarrierRecordService({
  repo,
  ordersDir,
  dialogs,
  now,
}: CarrierRecordDeps): CarrierRecordService {
  const view = (id: string) => carrierRecordOf(repo, id, now());
  const attached = (id: string) => {
    const current = view(id);
    if (!current.attached)
      throw new UserFacingError(
        'not-found',
        current.unreadable ?? "Carrier record: attach or paste the carrier's record first.",
      );
    return current;
  };
  const keep = (
    id: string,
    file: Omit<CarrierRecordFile, 'picks' | 'confirmations'>,
    note: string,
  ) => {
    repo.setCarrierRecord(id, () => ({ ...file, picks: {}, confirmations: {} }), { note });
    return view(id);
  };

  /** Reads the PDF at `path`, keeps a copy beside the order as the record's, and compares it. */
  const keepPdf = async (id: string, path: string, fileName: string, note: string) => {
    // Refused before a copy is made (and again after the read, which awaits): a submitted
    // order's record no longer changes, as setCarrierRecord would say after the copy.
    const drafting = () => {
      const { status } = repo.get(id);
      if (!canEditAnswers(status)) throw lockedError(status);
    };
    drafting();
    const { bytes, text } = await readRecordPdf(path, fileName);
    drafting();
    const storedAs = storeRecordPdf(bytes, orderFilesDir(ordersDir, id), now());
    const source = { kind: 'pdf' as const, fileName, storedAs, attachedAt: now().toISOString() };
    return keep(id, { source, text }, note);
  };

  return {
    view,
    async attachPdf(id) {
      repo.get(id);
      const path = await dialogs.chooseDocumentFile();
      if (!path) return { cancelled: true };
      const fileName = basename(path).slice(0, 255);
      const view = await keepPdf(id, path, fileName, `Carrier record attached: ${fileName}.`);
      return { cancelled: false, view };
    },
    async compareDocument(id, storedAs) {
      const doc = toOrder(repo.get(id)).documents.find((d) => d.storedAs === storedAs);
      if (!doc)
        throw new UserFacingError(
          'not-found',
          'Carrier record: that document is no longer attached to the order.',
        );
      const path = storedDocumentPath(orderFilesDir(ordersDir, id), doc);
      const note = `Carrier record read from the attached document ${doc.fileName}.`;
      return keepPdf(id, path, doc.fileName, note);
    },
    paste(id, text) {
      const lines = text.split(/\r\n|\r|\n/).length;
      return keep(
        id,
        { source: { kind: 'pasted', attachedAt: now().toISOString() }, text },
        `Carrier record pasted (${lines.toLocaleString('en-US')} line${lines === 1 ? '' : 's'}).`,
      );
    },
    pick(id, field, index) {
      const candidate = attached(id).record.fields[field]?.candidates[index];
      if (!candidate)
        throw new UserFacingError(
          'invalid-input',
          'Carrier record: that value is no longer offered.',
        );
      repo.setCarrierRecord(
        id,
        (file) => ({ ...file!, picks: { ...file!.picks, [field]: index } }),
        {
          note: `Carrier record: the ${fieldWords[field]} used is “${candidate.value}” (line ${candidate.line}).`,
        },
      );
      return view(id);
    },
    confirm(id, findingId, reason) {
      const finding = attached(id).findings.find((f) => f.id === findingId);
      if (!finding || finding.severity !== 'mismatch')
        throw new UserFacingError(
          'invalid-input',
          'Carrier record: that mismatch is no longer there; the list shows what is left.',
        );
      const why = reason.trim();
      repo.setCarrierRecord(
        id,
        (file) => {
          const confirmations = { ...file!.confirmations };
          if (why)
            confirmations[findingId] = {
              reason: why,
              at: now().toISOString(),
              message: confirmedWords(finding.message),
            };
          else delete confirmations[findingId];
          return { ...file!, confirmations };
        },
        {
          note: why
            ? `Carrier record: mismatch confirmed (${finding.message}) Reason: ${why}`
            : `Carrier record: confirmation taken back (${finding.message})`,
        },
      );
      return view(id);
    },
    useWording(id, findingId) {
      const finding = attached(id).findings.find((f) => f.id === findingId);
      const answer = finding && answerOfFinding(finding.field);
      if (!finding?.suggestion || !answer)
        throw new UserFacingError(
          'invalid-input',
          'Carrier record: that wording is no longer offered; the list shows what is left.',
        );
      const suggestion = finding.suggestion;
      const { answers } = repo.get(id);
      // The record's line may be longer than the answer holds: said here, never cut.
      const most = accountMaxLengths[answer.field];
      if (suggestion.length > most)
        throw new UserFacingError(
          'invalid-input',
          `${comparedAnswerLabel(answer, answers.getStarted.country)}: the record's wording is ${suggestion.length} characters, more than the ${most} this answer holds. Type the answer as the admin center should have it, or confirm the difference with a reason.`,
        );
      const previous = answerValue(answers, answer);
      const at = finding.record ? ` (line ${finding.record.line})` : '';
      const record = repo.edit(
        id,
        (r) => ({ record: { ...r, answers: withAnswer(r.answers, answer, suggestion) } }),
        { note: `Took the carrier record's wording “${suggestion}”${at}; it was “${previous}”.` },
      );
      return { order: toOrder(record), step: answer.step, field: answer.field, previous };
    },
  };
}

/** The PDF's bytes and text: a scan, a password or a file that is not a PDF is said in words. */
async function readRecordPdf(path: string, fileName: string) {
  let bytes: Buffer;
  try {
    if (statSync(path).size > maxRecordPdfBytes)
      throw new UserFacingError(
        'invalid-input',
        `Carrier record: “${fileName}” is over 25 MB, more than a carrier record; attach the record itself, or paste its text.`,
      );
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      'invalid-input',
      `Carrier record: “${fileName}” could not be opened; it may have been moved, or be a folder.`,
    );
  }
  try {
    return { bytes, text: await pdfText(new Uint8Array(bytes)) };
  } catch (error) {
    if (error instanceof UserFacingError)
      throw new UserFacingError(error.code, `Carrier record: “${fileName}”: ${error.message}`);
    throw error;
  }
}

const maxRecordPdfBytes = 25 * 1024 * 1024;

/** The carrier record's channels, answered by this service. */
export function carrierRecordHandlers(
  service: CarrierRecordService,
): HandlersOf<typeof carrierRecordChannels> {
  return {
    getCarrierRecord: ({ id }) => service.view(id),
    attachCarrierRecordPdf: ({ id }) => service.attachPdf(id),
    compareOrderDocument: ({ id, storedAs }) => service.compareDocument(id, storedAs),
    pasteCarrierRecord: ({ id, text }) => service.paste(id, text),
    pickCarrierRecordValue: ({ id, field, index }) => service.pick(id, field, index),
    confirmCarrierFinding: ({ id, findingId, reason }) => service.confirm(id, findingId, reason),
    useCarrierWording: ({ id, findingId }) => service.useWording(id, findingId),
  };
}
