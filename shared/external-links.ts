/**
 * Public pages the app may open in the OS browser. Anything else a link or
 * `window.open` asks for is refused: the app never navigates away from itself.
 */
const allowedHosts = new Set([
  'learn.microsoft.com',
  'support.microsoft.com',
  'admin.teams.microsoft.com',
]);

/** Whether a URL may be handed to the OS browser: https, no credentials, an allowlisted host. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    allowedHosts.has(url.hostname)
  );
}

/** Documentation links used in the app, so each one is known to pass the allowlist. */
export const docLinks = {
  portOrders:
    'https://learn.microsoft.com/microsoftteams/phone-number-calling-plans/port-order-overview',
  portOutPin: 'https://learn.microsoft.com/microsoftteams/phone-number-calling-plans/port-out-pin',
} as const;
