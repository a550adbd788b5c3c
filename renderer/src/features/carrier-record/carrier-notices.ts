import { accountFieldOf } from '@shared/carrier-record/order-view';
import type { CarrierRecordView } from '@shared/schemas/carrier-record';

/** Each open mismatch with the carrier's record, at its account field (shown where the field has no error of its own). */
export function carrierRecordNotices(view: CarrierRecordView | undefined): Map<string, string> {
  const notices = new Map<string, string>();
  if (!view?.attached) return notices;
  for (const finding of view.findings) {
    const field = accountFieldOf(finding.field);
    if (!field || finding.confirmed) continue;
    if (finding.severity === 'mismatch' || finding.severity === 'writtenDifferently')
      notices.set(field, `Carrier record: ${finding.message}`);
  }
  return notices;
}
