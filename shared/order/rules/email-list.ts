import { z } from 'zod';

const email = z.email();

/** Notification e-mails: addresses separated by `;`, each one checked, each problem named. */
export function checkEmailList(value: string, report: (message: string) => void): void {
  const parts = value.split(';').map((p) => p.trim());
  const addresses = parts.filter((p) => p !== '');
  if (addresses.length === 0) {
    // Blank is the required-field message's to say; a lone ";" is not an address either.
    if (value.trim() !== '')
      report('Notification e-mails: enter at least one address to be told of progress.');
    return;
  }
  for (const address of addresses) {
    if (email.safeParse(address).success) continue;
    if (
      /[,\s]/.test(address) &&
      address.split(/[,\s]+/).every((p) => p === '' || email.safeParse(p).success)
    ) {
      report(
        `Notification e-mails: separate addresses with ; (semicolon), not commas or spaces ("${address}").`,
      );
    } else {
      report(`Notification e-mails: "${address}" is not an e-mail address.`);
    }
  }
}
