import { join } from 'node:path';

import {
  doubleExecutable,
  electronVersion,
  findElectron,
} from '../../../scripts/electron-binary.mjs';

export const projectRoot = join(import.meta.dirname, '../../..');

/** What the Electron spec runs on, and the little that differs between them. */
export interface Runtime {
  kind: 'electron' | 'packaged' | 'double';
  executable: string;
  /** Printed with every run: which Electron this was. */
  label: string;
  /** The arguments before the test's own: the app folder (a packaged app knows its own). */
  appArgs: string[];
  /** `location.origin` of the app's page: the double maps app://portdesk to a loopback name. */
  origin: string;
  /** Whether `-r test/electron/support/probe.cjs` loads (Electron's default_app honours -r; a packaged app does not). */
  probes: boolean;
}

/**
 * Real Electron where the binary exists, found by the same rule as `npm start`
 * (scripts/electron-binary.mjs); the packaged app when `npm run test:packaged` names it;
 * the Electron test double otherwise. Never skipped.
 */
function resolveRuntime(): Runtime {
  const packaged = process.env['PORTDESK_PACKAGED_EXECUTABLE'];
  if (packaged) {
    return {
      kind: 'packaged',
      executable: packaged,
      label: `the packaged app (${packaged})`,
      appArgs: [],
      origin: 'app://portdesk',
      probes: false,
    };
  }
  const found = findElectron();
  if (found.found && found.path !== doubleExecutable) {
    return {
      kind: 'electron',
      executable: found.path,
      label: `Electron ${electronVersion} (${found.how}: ${found.path})`,
      appArgs: [projectRoot],
      origin: 'app://portdesk',
      probes: true,
    };
  }
  return {
    kind: 'double',
    executable: doubleExecutable,
    label: `the Electron test double (${found.found ? 'named by ELECTRON_EXEC_PATH' : `no Electron binary: ${found.why}`})`,
    appArgs: [projectRoot],
    origin: 'http://portdesk.app.localhost',
    probes: true,
  };
}

export const runtime = resolveRuntime();
