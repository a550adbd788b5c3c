import type { RecordableStatus } from '@shared/schemas/order-status';

/** How each recordable status reads as a button and as its dialog. */
export const statusActions: Record<
  RecordableStatus,
  { button: string; title: string; intro: string }
> = {
  processing: {
    button: 'Record the submission',
    title: 'Record the submission',
    intro:
      'After you submit the order in the Teams admin center, note the order ID it shows. The order is then Processing: its answers can no longer change.',
  },
  contactingCarrier: {
    button: 'Carrier contacted',
    title: 'Microsoft is contacting the carrier',
    intro:
      'The admin center shows Contacting carrier while Microsoft works with the current carrier.',
  },
  transferApproved: {
    button: 'Transfer approved (FOC)',
    title: 'Transfer approved: the FOC',
    intro:
      'The carrier confirmed the transfer date and time (the FOC). 24 hours before it, the order becomes Transfer pending by itself and can no longer be cancelled.',
  },
  completed: {
    button: 'Completed',
    title: 'The numbers were transferred',
    intro:
      'The numbers are now Microsoft’s: assign them to users and services in the admin center.',
  },
  error: {
    button: 'Record a rejection',
    title: 'The order was rejected',
    intro:
      'Choose the reason the carrier gave. You can then recreate the order as a new draft, with the answers to check highlighted.',
  },
  cancelled: {
    button: 'Cancel the order',
    title: 'Cancel this port order?',
    intro:
      'Record it here once you have cancelled it in the admin center. A cancelled order can be recreated as a new draft, but not resumed.',
  },
};
