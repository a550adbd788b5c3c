import { differenceInCalendarDays, format, parseISO } from 'date-fns';

import { addressFindings } from './compare-address';
import { accountFinding, authorizedFinding, btnFinding, companyFinding } from './compare-fields';
import { featureFindings, numberFindings } from './compare-numbers';
import type { CarrierRecord, CarrierRecordOrderView, Finding } from './types';

/** Carriers check an order against their current record; an older one may no longer be it. */
export const maxRecordAgeDays = 30;

/**
 * Compares an order with the carrier's record, field by field: account number, BTN,
 * company name, authorized person, service address, the numbers and the port type, the
 * features that block a port, and the record's age. `numbers` are the order's, E.164.
 */
export function compareWithCarrierRecord(
  order: CarrierRecordOrderView,
  numbers: readonly string[],
  record: CarrierRecord,
  today: Date,
): Finding[] {
  return [
    accountFinding(order, record.fields.accountNumber),
    btnFinding(order, record.fields.btn),
    companyFinding(order, record.fields.companyName),
    authorizedFinding(order, record.fields.authorizedName),
    ...addressFindings(order, record.fields.serviceAddress),
    ...numberFindings(order, numbers, record),
    ...featureFindings(numbers, record),
    dateFinding(record, today),
  ];
}

function dateFinding(record: CarrierRecord, today: Date): Finding {
  const base = { id: 'record-date', kind: 'record-date', field: 'record' as const };
  const field = record.fields.recordDate;
  if (!record.date)
    return {
      ...base,
      severity: 'missing',
      ...(field ? { record: { value: field.value, line: field.line } } : {}),
      message: field
        ? `Record date: "${field.value}" (line ${field.line}) does not read as a date. Make sure the record is less than ${maxRecordAgeDays} days old.`
        : `Record date: the record shows no date. Make sure it is less than ${maxRecordAgeDays} days old: carriers check against their current record.`,
    };
  const days = differenceInCalendarDays(today, parseISO(record.date));
  const shown = format(parseISO(record.date), 'MMMM d, yyyy');
  const record_ = { value: field!.value, line: field!.line };
  if (days > maxRecordAgeDays)
    return {
      ...base,
      severity: 'warning',
      record: record_,
      message: `Record date: the record is dated ${shown} (line ${field!.line}), ${days} days ago. Ask the carrier for a current one: the account may have changed since.`,
    };
  if (days < 0)
    return {
      ...base,
      severity: 'warning',
      record: record_,
      message: `Record date: the record is dated ${shown} (line ${field!.line}), which is after today; check the date on the record.`,
    };
  return {
    ...base,
    severity: 'match',
    record: record_,
    message: `Record date: ${shown} (line ${field!.line}), ${days} days ago.`,
  };
}
