import type { RecordFieldId } from './types';

/**
 * The labels carriers put before each field, English and French, as regular-expression
 * sources matched on the line folded to lower case without accents (so "Numéro" and
 * "NUMERO" are one spelling). `rank` orders candidates: 0 names the field plainly, higher
 * ranks are looser words that a record may also use for something else. `short` labels
 * ("Account", "Location", "Contact") count only when a colon, a `#` or a wide gap follows,
 * never before a single space, so that running text is not read as a label.
 */
export interface LabelSpelling {
  field: RecordFieldId;
  source: string;
  rank: number;
  short?: true;
}

const no = String.raw`(?:no\.?|nbr\.?|num\.?|number|#)`;
const fr = String.raw`(?:numero|n[o°º]\.?|no\.?)`;

export const labelSpellings: readonly LabelSpelling[] = [
  // Account number (the BAN). "Account" alone is short: "Account name" is another field.
  { field: 'accountNumber', source: String.raw`(?:billing\s+)?account\s*${no}`, rank: 0 },
  { field: 'accountNumber', source: String.raw`acct\.?\s*${no}?`, rank: 0 },
  { field: 'accountNumber', source: String.raw`account\s+id`, rank: 0 },
  { field: 'accountNumber', source: String.raw`customer\s+(?:account\s+)?${no}`, rank: 0 },
  { field: 'accountNumber', source: String.raw`ban`, rank: 1, short: true },
  { field: 'accountNumber', source: String.raw`account`, rank: 1, short: true },
  { field: 'accountNumber', source: String.raw`${fr}\s+(?:de|du)\s+(?:compte|client)`, rank: 0 },
  { field: 'accountNumber', source: String.raw`compte(?:\s+${fr})?`, rank: 1, short: true },
  // BTN
  {
    field: 'btn',
    source: String.raw`billing\s+tel(?:ephone|\.)?\s*(?:${no}|tn)`,
    rank: 0,
  },
  { field: 'btn', source: String.raw`billing\s+(?:phone|tn)(?:\s+${no})?`, rank: 0 },
  { field: 'btn', source: String.raw`account\s+tel(?:ephone)?\s+${no}`, rank: 0 },
  { field: 'btn', source: String.raw`btn|atn`, rank: 0 },
  {
    field: 'btn',
    source: String.raw`main\s+(?:(?:tel(?:ephone)?|phone|billing)\s+)?(?:${no}|tn)`,
    rank: 1,
  },
  {
    field: 'btn',
    source: String.raw`${fr}\s+(?:de\s+)?(?:telephone\s+)?(?:principal|de\s+facturation)`,
    rank: 0,
  },
  // Company name
  {
    field: 'companyName',
    source: String.raw`(?:billing|customer|listed|listing|business|company)\s+name`,
    rank: 0,
  },
  { field: 'companyName', source: String.raw`name\s+on\s+(?:the\s+)?account`, rank: 0 },
  { field: 'companyName', source: String.raw`account\s+(?:holder|name)`, rank: 1 },
  {
    field: 'companyName',
    source: String.raw`nom\s+(?:du\s+client|de\s+l'?\s?(?:entreprise|abonne)|inscrit|de\s+facturation|du\s+compte)`,
    rank: 0,
  },
  { field: 'companyName', source: String.raw`raison\s+sociale`, rank: 0 },
  { field: 'companyName', source: String.raw`customer|client`, rank: 2, short: true },
  // Service address (never the billing or mailing address)
  {
    field: 'serviceAddress',
    source: String.raw`(?:service|svc|premises?|installation|site)\.?\s+(?:addr(?:ess)?\.?|location)`,
    rank: 0,
  },
  { field: 'serviceAddress', source: String.raw`address\s+of\s+service`, rank: 0 },
  {
    field: 'serviceAddress',
    source: String.raw`(?:adresse|lieu)\s+(?:de|du|d')\s?(?:service|l'?\s?installation|lieux)`,
    rank: 0,
  },
  { field: 'serviceAddress', source: String.raw`location|emplacement`, rank: 1, short: true },
  // Authorized name
  {
    field: 'authorizedName',
    source: String.raw`authori[sz]ed(?:\s+(?:users?|persons?|people|contacts?|party|parties|signers?|representatives?|names?))?`,
    rank: 0,
    short: true,
  },
  {
    field: 'authorizedName',
    source: String.raw`(?:account\s+|primary\s+)?contact(?:\s+(?:name|person))?`,
    rank: 1,
    short: true,
  },
  {
    field: 'authorizedName',
    source: String.raw`(?:personne|utilisateur|representant|signataire)\s+autorise(?:e)?|personne[-\s]ressource`,
    rank: 0,
  },
  // The record's date
  {
    field: 'recordDate',
    source: String.raw`(?:record|csr|statement|bill(?:ing)?|invoice|report|print(?:ed)?|issue)\s+date|date\s+(?:of\s+record|printed|issued)|as\s+of`,
    rank: 0,
  },
  {
    field: 'recordDate',
    source: String.raw`date\s+(?:du\s+releve|de\s+(?:la\s+)?factur(?:e|ation)|d'\s?(?:emission|impression))|en\s+date\s+du`,
    rank: 0,
  },
  { field: 'recordDate', source: String.raw`date|printed|generated`, rank: 1, short: true },
];

/** Words that mark a record written in French, for the reading of dates. */
export const frenchWords =
  /\b(?:numero|adresse|releve|facturation|autorisee?|clientele|nom du|date du|telecopieur|ligne d'affaires)\b/;
