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
      'After you submit the order in the Teams admin center, note the order ID it shows. The order is then Processing: as in the admin center, you can still edit any answer but the country until the carrier sets the date. After Customer action required, record here that you fixed and resubmitted it.',
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
  customerActionRequired: {
    button: 'Customer action required',
    title: 'Microsoft needs you to fix the order',
    intro:
      'The admin center shows Customer action required. Edit the answers it names (any but the country), then resubmit with Update in the admin center and record the submission here again.',
  },
  supportEngaged: {
    button: 'Microsoft support engaged',
    title: 'Microsoft support is working on the order',
    intro:
      'The admin center shows Microsoft support engaged. You can still edit the answers support asks about; record the next status when it changes.',
  },
  cancelled: {
    button: 'Cancel the order',
    title: 'Cancel this port order?',
    intro:
      'Record it here once you have cancelled it in the admin center. A cancelled order can be recreated as a new draft, but not resumed.',
  },
};
