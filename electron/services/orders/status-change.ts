import { isUsBusinessDay, parseIsoDate, toIsoDate } from '@shared/calendar/business-days';
import { UserFacingError } from '@shared/ipc-error';
import { focInstant, rejectionReasons } from '@shared/order/lifecycle';
import { clock12, inTransferWindow, transferWindowWords } from '@shared/order/transfer-times';
import type { recordStatusInputSchema } from '@shared/schemas/order-status';
import type { z } from 'zod';

import type { OrderRecord } from './order-record';
import { longDate } from './order-timeline';

type Input = z.output<typeof recordStatusInputSchema>;

/** What recording a status changes on the order, and the timeline's words for it; refuses dates that cannot be. */
export function statusChange(
  input: Input,
  record: OrderRecord,
  today: Date,
): { patch: Partial<OrderRecord>; note: string } {
  switch (input.status) {
    case 'processing': {
      const day = realDate(input.submittedOn, 'submittedOn', 'Submitted on');
      if (day > today)
        throw new UserFacingError(
          'invalid-input',
          'Submitted on: that date is still to come; enter the day you submitted the order.',
          'submittedOn',
        );
      // The day before the order was started, to allow for time zones: no order is submitted before it exists.
      const started = new Date(new Date(record.createdAt).getTime() - 24 * 60 * 60 * 1000);
      if (day < new Date(started.getFullYear(), started.getMonth(), started.getDate()))
        throw new UserFacingError(
          'invalid-input',
          `Submitted on: the order was started in PortDesk on ${longDate(toIsoDate(new Date(record.createdAt)))}, so it was not submitted before that. Enter the day you submitted it.`,
          'submittedOn',
        );
      const { microsoftOrderId, submittedOn } = input;
      const authorizedWith = howAuthorized(input.authorizedWith, record);
      const resubmitted = record.status === 'customerActionRequired';
      return {
        patch: { submission: { microsoftOrderId, submittedOn, authorizedWith } },
        note: `${resubmitted ? 'Fixed and resubmitted' : 'Submitted'} in the admin center on ${longDate(submittedOn)}. Microsoft's order ID: ${microsoftOrderId}. Authorized with ${authorizedWith === 'eSignature' ? 'the e-signature request' : 'the signed letter'}.`,
      };
    }
    case 'transferApproved': {
      const day = realDate(input.focDate, 'focDate', 'FOC date');
      if (!isUsBusinessDay(day)) {
        throw new UserFacingError(
          'invalid-input',
          'FOC date: ports happen on US business days only; check the date the carrier confirmed.',
          'focDate',
        );
      }
      const submitted = record.submission?.submittedOn;
      if (submitted !== undefined && input.focDate < submitted) {
        throw new UserFacingError(
          'invalid-input',
          `FOC date: it is before the order was submitted (${longDate(submitted)}).`,
          'focDate',
        );
      }
      if (focInstant({ date: input.focDate, time: input.focTime }) <= today) {
        throw new UserFacingError(
          'invalid-input',
          'FOC date: that time has already passed; enter the transfer date and time the carrier confirmed.',
          'focDate',
        );
      }
      const { country } = record.answers.getStarted;
      const { numberType } = record.answers.numbers;
      if (!inTransferWindow(input.focTime, country, numberType))
        throw new UserFacingError(
          'invalid-input',
          `FOC time: ${transferWindowWords(country, numberType)}; check the time the carrier confirmed.`,
          'focTime',
        );
      const when = `${longDate(input.focDate)} at ${clock12(input.focTime)} Eastern`;
      const before = record.foc
        ? `${longDate(record.foc.date)} at ${clock12(record.foc.time)} Eastern`
        : undefined;
      return {
        patch: { foc: { date: input.focDate, time: input.focTime } },
        note: before
          ? `FOC moved from ${before} to ${when}.`
          : `The carrier confirmed the transfer (FOC): ${when}.`,
      };
    }
    case 'error': {
      if (input.reason === 'other' && input.details === '') {
        throw new UserFacingError(
          'invalid-input',
          'Details: say what the carrier gave as the reason.',
          'details',
        );
      }
      const label = rejectionReasons[input.reason].label;
      return {
        patch: { rejection: { reason: input.reason, details: input.details } },
        note: input.details ? `${label}: ${input.details}` : label,
      };
    }
    case 'contactingCarrier':
      return { patch: {}, note: input.note || 'Microsoft is working with the current carrier.' };
    case 'completed':
      return { patch: {}, note: input.note || 'The numbers were transferred to Microsoft.' };
    case 'cancelled':
      return { patch: {}, note: input.note || 'Cancelled by the admin.' };
    case 'customerActionRequired':
      return {
        patch: {},
        note:
          input.note ||
          'Microsoft needs the admin to fix the order: edit its answers, then record that it was resubmitted.',
      };
    case 'supportEngaged':
      return { patch: {}, note: input.note || 'Microsoft support is working on the order.' };
  }
}

/**
 * How the authorized user signed: the e-signature request chosen on Authorize and submit,
 * or a signed scan attached. With neither, the admin must say which was used.
 */
function howAuthorized(
  said: 'signedLetter' | 'eSignature' | undefined,
  record: OrderRecord,
): 'signedLetter' | 'eSignature' {
  if (said) return said;
  if (record.answers.authorize.method === 'eSignature') return 'eSignature';
  if (record.signedScan) return 'signedLetter';
  throw new UserFacingError(
    'invalid-input',
    'Authorized with: no signed letter is attached and no e-signature request was chosen. Say which one the authorized user signed.',
    'authorizedWith',
  );
}

function realDate(value: string, field: string, label: string): Date {
  const day = parseIsoDate(value);
  if (!day) throw new UserFacingError('invalid-input', `${label}: enter a real date.`, field);
  return day;
}
