import type { checklistItemIds, loaStatementIds } from '../schemas/order-answers';

/** The Get started checklist: what to settle with the current carrier before submitting (from the admin center). */
export const checklistItems: Record<(typeof checklistItemIds)[number], string> = {
  huntGroups: 'Hunt groups and distinctive ring are removed from the numbers.',
  noPendingOrders: 'There are no pending orders or disconnects with the current carrier.',
  serviceActive: 'The service stays active with the current carrier until the port completes.',
  noFreeze: 'The account has no freeze (lifting one takes 1 to 3 weeks).',
};

/** What the authorizing person states by signing the letter of authorization. */
export const loaStatements: Record<(typeof loaStatementIds)[number], string> = {
  authorized:
    'I am the person authorized on the account with the current carrier, or I have their written permission to act for the company.',
  authorizePort:
    'I authorize Microsoft and its carrier partners to move the numbers in this order from the current carrier, and to tell the carrier so.',
  matchesRecord:
    "The company name, account number, billing telephone number and service address match the current carrier's customer service record.",
  serviceEnds:
    'I understand that service with the current carrier ends for these numbers when the port completes, and that I keep it active until then.',
};
