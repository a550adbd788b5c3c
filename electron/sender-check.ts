/** Where an IPC message came from, as main sees it. */
export interface IpcSender {
  url: string;
  isMainFrame: boolean;
}

/**
 * Accepts IPC only from the app's own main frame: the renderer origin the window
 * loaded, never a subframe and never another origin.
 */
export function createSenderCheck(trustedOrigin: string): (sender: IpcSender) => boolean {
  return (sender) => {
    if (!sender.isMainFrame) return false;
    try {
      return new URL(sender.url).origin === trustedOrigin;
    } catch {
      return false;
    }
  };
}
