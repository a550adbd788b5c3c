/** What the comparison needs from an order, whatever the wizard's shape. */
export interface CarrierRecordOrderView {
  country: 'US' | 'CA' | '';
  accountNumber: string;
  /** E.164 when valid, else as typed. */
  btn: string;
  companyName: string;
  authorizedName: string;
  serviceAddress: { street: string; city: string; region: string; postalCode: string };
  portType: 'full' | 'partial' | '';
  /** Partial port that takes the BTN: the number that stays as BTN. */
  replacementBtn?: string;
}

/** The fields read from a record by their labels. */
export const recordFieldIds = [
  'accountNumber',
  'btn',
  'companyName',
  'authorizedName',
  'serviceAddress',
  'recordDate',
] as const;
export type RecordFieldId = (typeof recordFieldIds)[number];

/** One place a field's value was found: the value as the record writes it, its 1-based line, the label as written. */
export interface FieldCandidate {
  value: string;
  line: number;
  label: string;
}

/** A field the record has: the value used, and every distinct value found (the used one first). */
export interface RecordField extends FieldCandidate {
  candidates: FieldCandidate[];
}

export const featureIds = [
  'huntGroup',
  'distinctiveRing',
  'dsl',
  'alarm',
  'fax',
  'remoteCallForwarding',
] as const;
export type FeatureId = (typeof featureIds)[number];

/** A feature next to a number, with the words that named it and where. */
export interface NumberFeature {
  feature: FeatureId;
  text: string;
  line: number;
}

/** A number on the account, with the features the record shows on it. */
export interface RecordNumber {
  e164: string;
  line: number;
  /** As the record writes it; a range's text for each number in it. */
  input: string;
  features: NumberFeature[];
  /** Not in the record's list of numbers, only under the BTN label (a BTN is on its account). */
  onlyAsBtn?: true;
}

/** A number the record shows that is not one of the account's (the carrier's own line, a contact's phone). */
export interface SetAsideNumber {
  e164: string;
  line: number;
  why: string;
}

export interface CarrierRecord {
  /** Undefined when the record has no such label: it is then asked for, never guessed. */
  fields: Record<RecordFieldId, RecordField | undefined>;
  numbers: RecordNumber[];
  setAside: SetAsideNumber[];
  /** What could not be read, each with its line, worded for the admin. */
  problems: { line: number; message: string }[];
  /** The record's date, yyyy-MM-dd, when its date field reads as a date. */
  date?: string;
  language: 'en' | 'fr';
}

/**
 * match: the same. writtenDifferently: the same once case, punctuation, abbreviations or
 * legal suffixes are set aside; the carrier's wording is offered. mismatch: the carrier
 * will reject the order as it is. missing: the record or the order lacks it. warning: the
 * admin should know (a DSL line, an old record) but it is not a mismatch.
 */
export type Severity = 'match' | 'writtenDifferently' | 'mismatch' | 'missing' | 'warning';

/** The order's field a finding concerns (the lead maps these onto the wizard's fields). */
export type FindingField =
  | 'accountNumber'
  | 'btn'
  | 'companyName'
  | 'authorizedName'
  | 'serviceAddress.street'
  | 'serviceAddress.city'
  | 'serviceAddress.region'
  | 'serviceAddress.postalCode'
  | 'numbers'
  | 'portType'
  | 'replacementBtn'
  | 'record';

export interface Finding {
  /** Stable across runs: the kind, and the number for a per-number finding. */
  id: string;
  kind: string;
  field: FindingField;
  severity: Severity;
  /** The record's value and the line it is on, when the record has one. */
  record?: { value: string; line: number };
  /** The order's value, as the order holds it. */
  order?: string;
  /** The carrier's exact wording, to copy into the order. */
  suggestion?: string;
  /** The numbers concerned, E.164. */
  numbers?: string[];
  message: string;
}
