import { compareCities, comparePostalCodes, regionOf, splitAddress } from './address';
import { at, missing } from './compare-fields';
import { standardizeStreets, type StandardStreet, streetText } from './street';
import type { CarrierRecordOrderView, Finding, FindingField, RecordField, Severity } from './types';

/** How two street lines differ once both are in USPS standard form, in the admin's words. */
export function compareStreets(
  order: StandardStreet,
  record: StandardStreet,
): { severity: Severity; differences: string[] } {
  const mismatches: string[] = [];
  const written: string[] = [];
  if (order.poBox || record.poBox) {
    if (order.poBox !== record.poBox)
      mismatches.push(
        order.poBox && record.poBox
          ? 'a different PO box'
          : 'a PO box on one side and a street address on the other',
      );
    return result(mismatches, written);
  }
  if (order.number !== record.number)
    mismatches.push(
      `a different street number (${order.number || 'none'} and ${record.number || 'none'})`,
    );
  if (order.name !== record.name) mismatches.push('a different street');
  const part = (a: string, b: string, what: string) => {
    if (a === b) return;
    if (a && b) mismatches.push(`a different ${what} (${a} and ${b})`);
    else
      written.push(`the record writes the ${what} ${b || 'nowhere'}${a ? `, the order ${a}` : ''}`);
  };
  part(order.suffix, record.suffix, 'street type');
  part(order.predir, record.predir, 'direction before the street');
  part(order.postdir, record.postdir, 'direction after the street');
  if (order.unitNumber !== record.unitNumber) {
    if (order.unitNumber && record.unitNumber)
      mismatches.push(
        `a different unit (${order.unitType} ${order.unitNumber} and ${record.unitType} ${record.unitNumber})`,
      );
    else
      written.push(
        record.unitNumber
          ? `the record has ${record.unitType} ${record.unitNumber} and the order no unit`
          : `the order has ${order.unitType} ${order.unitNumber} and the record no unit`,
      );
  } else if (
    order.unitType !== record.unitType &&
    order.unitType !== '#' &&
    record.unitType !== '#'
  ) {
    written.push(`the unit is ${record.unitType} on the record, ${order.unitType} on the order`);
  }
  return result(mismatches, written);
}

const result = (mismatches: string[], written: string[]) => ({
  severity: (mismatches.length > 0
    ? 'mismatch'
    : written.length > 0
      ? 'writtenDifferently'
      : 'match') as Severity,
  differences: [...mismatches, ...written],
});

/** The service address, part by part: street (Publication 28 standard form), city, region, ZIP or postal code. */
export function addressFindings(
  order: CarrierRecordOrderView,
  record: RecordField | undefined,
): Finding[] {
  const orderText = Object.values(order.serviceAddress)
    .filter((v) => v.trim())
    .join(', ');
  const words = {
    kind: 'service-address',
    field: 'serviceAddress.street' as const,
    name: 'Service address',
    labels: 'Service address, Svc addr, Location or Premise address',
  };
  const gap = missing(words, orderText, record);
  if (gap || !record) return [gap!];
  const parts = splitAddress(record.value);
  const country = order.country || parts.country;
  const line = { value: parts.street || record.value, line: record.line };
  const [orderStreet, recordStreet] = standardizeStreets(
    order.serviceAddress.street,
    parts.street,
    country,
  );
  const street = compareStreets(orderStreet, recordStreet);
  const findings: Finding[] = [
    {
      id: 'service-street',
      kind: 'service-street',
      field: 'serviceAddress.street',
      severity: street.severity,
      record: line,
      order: order.serviceAddress.street,
      ...(street.severity === 'match' ? {} : { suggestion: parts.street }),
      message:
        street.severity === 'match'
          ? `Service address: the same street as the record's ${at(record)} once both are written the USPS way (${streetText(recordStreet)}).`
          : `Service address: the order's "${order.serviceAddress.street}" and the record's "${parts.street}" (line ${record.line}) have ${street.differences.join('; ')}.${street.severity === 'mismatch' ? ' Carriers reject a service address that differs: use the address the numbers are in service at, as the record has it.' : " Take the record's wording."}`,
    },
  ];
  const piece = (
    kind: string,
    field: FindingField,
    name: string,
    ours: string,
    theirs: string,
    compare: (a: string, b: string) => Severity,
  ) => {
    if (theirs === '') {
      findings.push({
        id: kind,
        kind,
        field,
        severity: 'missing',
        record: line,
        order: ours,
        message: `${name}: the record's address ${at(record)} shows none that could be told apart; check it yourself.`,
      });
      return;
    }
    const severity = ours.trim() === '' ? 'missing' : compare(ours, theirs);
    findings.push({
      id: kind,
      kind,
      field,
      severity,
      record: { value: theirs, line: record.line },
      order: ours,
      ...(severity === 'match' ? {} : { suggestion: theirs }),
      message:
        severity === 'match'
          ? `${name}: the same as the record's "${theirs}" (line ${record.line}).`
          : `${name}: the order has "${ours}"; the record has "${theirs}" (line ${record.line}).`,
    });
  };
  piece(
    'service-city',
    'serviceAddress.city',
    'City',
    order.serviceAddress.city,
    parts.city,
    compareCities,
  );
  piece(
    'service-region',
    'serviceAddress.region',
    'State or province',
    order.serviceAddress.region,
    parts.region,
    (a, b) => (regionOf(a) === regionOf(b) ? 'match' : 'mismatch'),
  );
  piece(
    'service-postal-code',
    'serviceAddress.postalCode',
    country === 'CA' ? 'Postal code' : 'ZIP code',
    order.serviceAddress.postalCode,
    parts.postalCode,
    comparePostalCodes,
  );
  return findings;
}
