import type { CarrierRecordView } from '../schemas/carrier-record';
import type { Severity } from './types';

const severityWords: Record<Severity, string> = {
  match: 'Matches',
  writtenDifferently: 'Written differently',
  mismatch: 'MISMATCH',
  missing: 'Not found',
  warning: 'Note',
};

/** The comparison with the carrier's record in plain lines, for `Summary.txt` and the letter's colleague. */
export function carrierRecordLines(view: CarrierRecordView): string[] {
  if (!view.attached) return view.unreadable ? [view.unreadable] : [];
  const from =
    view.source.kind === 'pdf'
      ? `${view.source.fileName ?? 'a PDF'}, attached ${view.source.attachedAt.slice(0, 10)}`
      : `text pasted ${view.source.attachedAt.slice(0, 10)}`;
  return [
    `Compared with the carrier's record (${from}):`,
    ...view.findings.map((f) => {
      const confirmed = f.confirmed ? ` Confirmed by the admin: ${f.confirmed.reason}` : '';
      return `- ${severityWords[f.severity]}: ${f.message}${confirmed}`;
    }),
  ];
}
