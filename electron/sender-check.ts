/** Where an IPC message came from, as main sees it. */
export interface IpcSender {
  url: string;
  isMainFrame: boolean;
}

/**
 * Scheme and host of a URL. Not `URL.origin`: Node reports 'null' as the origin of
 * custom schemes such as the app's `app://portdesk`, which would make every sender equal.
 */
function schemeAndHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/**
 * Accepts IPC only from the app's own main frame: the scheme and host of the page the
 * window loaded (`appUrl`), never a subframe and never another site.
 */
export function createSenderCheck(appUrl: string): (sender: IpcSender) => boolean {
  const trusted = schemeAndHost(appUrl);
  if (trusted === undefined) throw new Error(`Not an app URL with a host: ${appUrl}`);
  return (sender) => sender.isMainFrame && schemeAndHost(sender.url) === trusted;
}
