/** The valid order's carrier, as its CSR would read: one account number digit differs, the name is the legal one. */
export const validOrderCsr = [
  'NORTHWIND TELECOM                    CUSTOMER SERVICE RECORD',
  'DATE OF RECORD: 11/16/2026',
  'ACCOUNT NO:  NW12345679              BTN:  425 882-0100',
  'BILLING NAME:  CONTOSO LTD',
  'SVC ADDR:  1 MAIN ST',
  '           SEATTLE WA 98101',
  'AUTHORIZED:  WHITFIELD, DANA',
  '',
  'TN  425 882-0100  BUSINESS LINE',
  'TN  425 882-0101  BUSINESS LINE',
].join('\n');
