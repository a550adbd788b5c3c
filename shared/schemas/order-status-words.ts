// The statuses and their words, without their schema: the Port orders page shows them at
// start, and this module keeps zod out of the first screen's JavaScript (`npm run bench`).

/**
 * Where an order stands. Draft and Ready to submit are PortDesk's own (the order is
 * only on this computer); the rest are the admin center's statuses, recorded by the
 * admin as they happen, except Transfer pending, which follows by itself.
 */
export const orderStatuses = [
  'draft',
  'ready',
  'processing',
  'contactingCarrier',
  'transferApproved',
  'transferPending',
  'completed',
  'error',
  'cancelled',
  'customerActionRequired',
  'supportEngaged',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const orderStatusLabels: Record<OrderStatus, string> = {
  draft: 'Draft',
  ready: 'Ready to submit',
  processing: 'Processing',
  contactingCarrier: 'Contacting carrier',
  transferApproved: 'Transfer approved',
  transferPending: 'Transfer pending',
  completed: 'Completed',
  error: 'Error',
  cancelled: 'Cancelled',
  customerActionRequired: 'Customer action required',
  supportEngaged: 'Microsoft support engaged',
};
