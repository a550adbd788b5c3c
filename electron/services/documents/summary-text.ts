import { reviewRows } from '@shared/order/review-rows';
import { type ManualRouteReason, manualRouteReason, wizardLimit } from '@shared/order/route';
import { answerStepIds, stepTitles } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';
import { orderStatusLabels } from '@shared/schemas/order-status';
import { format } from 'date-fns';

/**
 * Every answer of the order, by step, in plain text an admin (or a colleague) can read
 * anywhere; then the comparison with the carrier's record, when one is kept with the order.
 */
export function summaryText(order: Order, now: Date, carrierRecord: string[] = []): string {
  const rows = reviewRows(order);
  const name = order.answers.account.orderName || 'Untitled order';
  const lines = [
    `Port order: ${name}`,
    `Status: ${orderStatusLabels[order.status]}`,
    `Written by PortDesk on ${format(now, 'MMMM d, yyyy, h:mm a xxx')}`,
    '',
  ];
  for (const step of answerStepIds) {
    lines.push(stepTitles[step], '-'.repeat(stepTitles[step].length));
    const width = Math.max(...rows[step].map((r) => r.label.length));
    for (const row of rows[step]) lines.push(`${row.label.padEnd(width)}  ${row.value}`);
    lines.push('');
  }
  if (carrierRecord.length > 0) {
    lines.push("Carrier's record", '----------------', ...carrierRecord, '');
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
  tollFree: () =>
    "  toll-free numbers are ported by Microsoft's porting desk, not the admin center's wizard.",
  services: () =>
    '  numbers for services (conferencing, auto attendants, call queues) are ported by the porting desk.',
  tooManyNumbers: (count) =>
    `  ${count.toLocaleString('en-US')} numbers is more than the ${wizardLimit} the admin center's wizard takes.`,
};

/** What to do with the package: the admin center's wizard, or the manual route to the porting desk. */
export function howToSubmitText(
  order: Order,
  count: number,
  files: { csv: string[]; letters: string[]; scan?: string | undefined },
): string {
  const manual = manualRouteReason(order.answers.location, count);
  const scanLine = files.scan
    ? `- ${files.scan}: the letter as signed.`
    : '- The signed letter: print the letter above, have the authorizing person sign it, scan it and attach it to the order in PortDesk.';
  const common = [
    `- ${files.csv.join(', ')}: the numbers, one file for each ${wizardLimit}.`,
    `- ${files.letters.join(', ')}: the letter of authorization, filled from the order.`,
    scanLine,
  ];
  const steps = manual
    ? [
        'This order takes the MANUAL route:',
        manualWhy[manual](count),
        '',
        "1. In the Teams admin center, go to Voice > Port orders and choose the manual port order (the page there gives the porting desk's current address).",
        '2. Send the porting desk the signed letter and the numbers files below, and the answers in Summary.txt.',
        "3. When Microsoft confirms the order, record it in PortDesk as Processing with Microsoft's order ID.",
      ]
    : [
        "This order goes through the admin center's port order wizard:",
        '',
        '1. In the Teams admin center, go to Voice > Port orders > Add and choose the same country and number type.',
        '2. Answer each step from Summary.txt (PortDesk already checked every answer).',
        '3. On the numbers step, upload the numbers file below.',
        '4. Where the wizard asks for the letter of authorization, upload the signed scan.',
        "5. After you submit, record the order in PortDesk as Processing with Microsoft's order ID.",
      ];
  return [
    ...steps,
    '',
    'In this folder:',
    ...common,
    '- Summary.txt: every answer of the order.',
    '',
  ].join('\r\n');
}
