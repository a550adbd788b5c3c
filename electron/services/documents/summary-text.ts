import { reviewRows } from '@shared/order/review-rows';
import { type ManualRouteReason, manualRouteReason, wizardLimit } from '@shared/order/route';
import { answerStepIds, stepTitles } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';
import { orderStatusLabels } from '@shared/schemas/order-status';
import { format } from 'date-fns';

/**
 * Every answer of the order, by step in the admin center's order, with its warnings, and
 * the numbers themselves, in plain text an admin (or a colleague) can read anywhere; then
 * the comparison with the carrier's record, when one is kept with the order.
 */
export function summaryText(
  order: Order,
  now: Date,
  numbers: readonly string[] = [],
  carrierRecord: readonly string[] = [],
): string {
  const rows = reviewRows(order, now);
  const name = order.answers.details.orderName || 'Untitled order';
  const lines = [
    `Port order: ${name}`,
    `Status: ${orderStatusLabels[order.status]}`,
    `Written by PortDesk on ${format(now, 'MMMM d, yyyy, h:mm a xxx')}`,
    '',
  ];
  for (const step of answerStepIds) {
    lines.push(stepTitles[step], '-'.repeat(stepTitles[step].length));
    const width = Math.max(...rows[step].map((r) => r.label.length));
    for (const row of rows[step]) {
      lines.push(`${row.label.padEnd(width)}  ${row.value}`);
      if (row.warning) lines.push(`${' '.repeat(width)}  Warning: ${row.warning}`);
    }
    lines.push('');
  }
  if (carrierRecord.length > 0) {
    lines.push("Carrier's record", '----------------', ...carrierRecord, '');
  }
  if (numbers.length > 0) {
    const title = `The numbers (${numbers.length.toLocaleString('en-US')})`;
    lines.push(title, '-'.repeat(title.length), ...[...numbers].sort(), '');
  }
  if (order.timeline.length > 0) {
    lines.push('History', '-------');
    for (const entry of order.timeline)
      lines.push(
        `${format(new Date(entry.at), 'yyyy-MM-dd HH:mm xxx')}  ${orderStatusLabels[entry.status]}: ${entry.note}`,
      );
    lines.push('');
  }
  return lines.join('\r\n');
}

/** Why the order takes the manual route, as the instructions say it. */
const manualWhy: Record<ManualRouteReason, (count: number) => string> = {
  tooManyNumbers: (count) =>
    `  ${count.toLocaleString('en-US')} numbers is more than the ${wizardLimit} the admin center's wizard takes.`,
};

export interface PackageFiles {
  csv: string[];
  letters: string[];
  scan?: string | undefined;
  documents?: string[];
  /** Another unfinished order for the same account number: this one waits for it. */
  sameAccount?: string | undefined;
}

/** What to do with the package: today's US & Canada wizard, or the manual route for 1,000 numbers or more. */
export function howToSubmitText(order: Order, count: number, files: PackageFiles): string {
  const manual = manualRouteReason(count);
  const eSignature = order.answers.authorize.method === 'eSignature';
  const sent = order.answers.authorize.eSignatureSentOn;
  const scanLine = eSignature
    ? `- No signed letter: the authorized user signs the e-signature request the admin center sends${sent ? ` (sent ${sent})` : ''}.`
    : files.scan
      ? `- ${files.scan}: the letter as signed.`
      : '- The signed letter: print the letter, have the authorized user sign it by hand on the blank line, scan it and attach it to the order in PortDesk.';
  const common = [
    `- ${files.csv.join(', ')}: the numbers, one file for each ${wizardLimit}.`,
    `- ${files.letters.join(', ')}: the letter of authorization, filled from the order.`,
    scanLine,
    ...(files.documents ?? []).map((d) => `- ${d}: a document for the carrier (bill or CSR).`),
  ];
  const wait = files.sameAccount
    ? [
        '',
        `WAIT: the order “${files.sameAccount}” is for the same account number and is not finished. Microsoft processes orders for one account one at a time and rejects a second one sent while the first is open: submit this one once that order is completed or cancelled.`,
      ]
    : [];
  const steps = manual
    ? [
        'This order takes the MANUAL route (1,000 numbers or more):',
        manualWhy[manual](count),
        '',
        "1. In the Teams admin center, go to Voice > Phone numbers > Numbers > Port and choose All regions for the manual port order (the page there gives the porting desk's current address).",
        '2. Send the porting desk the signed letter and the numbers files below, and the answers in Summary.txt.',
        "3. When Microsoft confirms the order, record it in PortDesk as Processing with Microsoft's order ID.",
      ]
    : [
        "This order goes through the admin center's US & Canada port wizard:",
        '',
        '1. In the Teams admin center, go to Voice > Phone numbers > Numbers > Port, and choose US & Canada.',
        '2. Get started: choose the same country or region. Phone numbers: upload the numbers file below.',
        '3. BTN, Account information, Documents, Porting details: answer each from Summary.txt, in the same order (PortDesk already checked every answer). On Documents, upload the PDFs below.',
        eSignature
          ? '4. Authorize and submit: choose the e-signature request; the order goes in once the authorized user signs.'
          : '4. Authorize and submit: upload the signed scan of the letter.',
        "5. After you submit, record the order in PortDesk as Processing with Microsoft's order ID.",
      ];
  return [
    ...steps,
    ...wait,
    '',
    'In this folder:',
    ...common,
    '- Summary.txt: every answer of the order, its warnings and its numbers.',
    '',
  ].join('\r\n');
}
