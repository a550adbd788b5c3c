/** An account number as carriers compare it: no spaces, dashes or case. */
export function accountKey(accountNumber: string): string {
  return accountNumber.replace(/[\s\-‐-―]/g, '').toUpperCase();
}

/** Statuses of an order that is finished: it no longer holds its account for the next order. */
export const finishedStatuses = ['completed', 'cancelled', 'error'] as const;
