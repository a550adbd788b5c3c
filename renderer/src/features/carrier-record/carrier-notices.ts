import { answerOfFinding } from '@shared/carrier-record/order-view';
import type { StepId } from '@shared/order/steps';
import type { CarrierRecordView } from '@shared/schemas/carrier-record';

/** Each open difference with the carrier's record, at its field on `step` (shown where the field has no error of its own). */
export function carrierRecordNotices(
  view: CarrierRecordView | undefined,
  step: StepId,
): Map<string, string> {
  const notices = new Map<string, string>();
  if (!view?.attached) return notices;
  for (const finding of view.findings) {
    const answer = answerOfFinding(finding.field);
    if (!answer || answer.step !== step || finding.confirmed) continue;
    if (finding.severity === 'mismatch' || finding.severity === 'writtenDifferently')
      notices.set(answer.field, `Carrier record: ${finding.message}`);
  }
  return notices;
}
