// `npm run test:packaged`: builds the app, unpacks it with electron-builder (--dir, the
// test-only fuses of scripts/packaged-config.mjs) and runs the Electron spec against the
// unpacked executable. Needs what packaging needs: the Electron download (see the README).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { testBuildConfig } from './packaged-config.mjs';

const require = createRequire(import.meta.url);
const { build } = require('electron-builder');

step('electron-vite build', ['node_modules/electron-vite/bin/electron-vite.js', 'build']);
const config = testBuildConfig();
try {
  await build({ dir: true, config });
} catch (error) {
  console.error(
    `\ntest:packaged: electron-builder could not package the app: ${error.message}\n` +
      'Packaging downloads Electron and its packaging tools: it runs where that download works (see the README, "Building installers").',
  );
  process.exit(1);
}
const executable = findExecutable(config.directories.output, config.productName);
console.log(`Packaged app: ${executable}`);
step(
  'Electron spec on the packaged app',
  ['node_modules/@playwright/test/cli.js', 'test', '--project=electron'],
  {
    PORTDESK_PACKAGED_EXECUTABLE: executable,
  },
);

/** Where electron-builder --dir puts the executable on this platform. */
function findExecutable(output, productName) {
  const folders = readdirSync(output)
    .filter((f) => /unpacked$|^mac/.test(f))
    .map((f) => join(output, f));
  const candidates = folders.flatMap((folder) => [
    join(folder, `${productName}.exe`),
    join(folder, `${productName}.app`, 'Contents', 'MacOS', productName),
    join(folder, require('../package.json').name),
  ]);
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(`No packaged executable in ${output} (looked for ${candidates.join(', ')}).`);
  return found;
}

function step(what, args, env = {}) {
  console.log(`\n=== ${what}`);
  const result = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
