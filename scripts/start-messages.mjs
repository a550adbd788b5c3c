// What `npm start` says to an admin, in one place so tests can read the very same words.

/** Electron 45's tooling (install-electron, @electron/get, electron-builder) needs Node 22.12 or later. */
export const requiredNode = '22.12';

export function nodeIsRecentEnough(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

const overrideHint = (electronVersion) =>
  [
    `If Electron ${electronVersion} is already on this computer, point at its folder:`,
    '  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start',
    '  (Windows: set ELECTRON_OVERRIDE_DIST_PATH=C:\\path\\to\\electron-folder, then npm start)',
  ].join('\n');

/** Node is older than the download needs, and no Electron is on the machine yet. */
export function electronMissingMessage(nodeVersion, electronVersion) {
  return [
    `PortDesk needs Node.js ${requiredNode} or later to download Electron ${electronVersion}, the runtime it runs on (this is Node.js ${nodeVersion}).`,
    `Install Node.js ${requiredNode} or later (nodejs.org), then run npm start again.`,
    overrideHint(electronVersion),
  ].join('\n');
}

/** Node is older than the tooling expects, but an Electron was found or named: going on. */
export function nodeNote(nodeVersion, electronPath, how) {
  return `Note: this is Node.js ${nodeVersion}; PortDesk's tools expect ${requiredNode} or later. Going on with the Electron at ${electronPath} (${how}).`;
}

/** The download of Electron failed: what happened, how to retry, how to use one already there. */
export function downloadFailedMessage(electronVersion, what) {
  return [
    `PortDesk could not download Electron ${electronVersion}, the runtime it runs on (about 100 MB, downloaded once).`,
    `What happened: ${what}`,
    'To try again once the network allows it: npx install-electron   (npm start runs it too)',
    'Behind a proxy: set HTTPS_PROXY=http://proxy:port and ELECTRON_GET_USE_PROXY=true; from a mirror: set ELECTRON_MIRROR=<url>.',
    overrideHint(electronVersion),
  ].join('\n');
}

/** install-electron's error (a stack trace) in words: the first line, and what a network failure means. */
export function describeDownloadError(stderr, host) {
  const first =
    stderr
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'no error was printed';
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ENETUNREACH/.test(stderr)) {
    return `${host} could not be reached (no network, or a proxy or firewall in the way). install-electron said: ${first}`;
  }
  return `install-electron said: ${first}`;
}
