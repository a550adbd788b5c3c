// `npm start`: installs what is missing, fetches Electron once, builds once and starts the app.
// Plain Node with no dependency of its own, so it runs, and says what is wrong, on a fresh clone
// and on an older Node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { electronMissingMessage, nodeIsRecentEnough, nodeNote } from './start-messages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forwarded = process.argv.slice(2);

installDependencies();
const { electronVersion, findElectron } = await import('./electron-binary.mjs');
const { fetchElectron } = await import('./fetch-electron.mjs');
let electron = findElectron();
const recentNode = nodeIsRecentEnough(process.versions.node);

if (!electron.found && process.env['ELECTRON_EXEC_PATH'])
  fail(`PortDesk cannot start: ${electron.why}.`);
if (!electron.found && !recentNode)
  fail(electronMissingMessage(process.versions.node, electronVersion));
if (!electron.found) {
  if (!fetchElectron()) process.exit(1);
  electron = findElectron();
  if (!electron.found) fail(`PortDesk cannot start: ${electron.why}.`);
} else if (!recentNode) {
  console.warn(nodeNote(process.versions.node, electron.path, electron.how));
}

run('Building PortDesk', ['node_modules/electron-vite/bin/electron-vite.js', 'build']);
// electron-vite's preview finds Electron through ELECTRON_EXEC_PATH; the build is already done.
const args = ['node_modules/electron-vite/bin/electron-vite.js', 'preview', '--skipBuild'];
const preview = spawn(
  process.execPath,
  forwarded.length > 0 ? [...args, '--', ...forwarded] : args,
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: resolve(electron.path) },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** `npm install` when node_modules is missing or older than package-lock.json. */
function installDependencies() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  const npm = process.env['npm_execpath'];
  const result = npm
    ? spawnSync(process.execPath, [npm, 'install', '--no-audit', '--no-fund'], {
        cwd: root,
        stdio: 'inherit',
      })
    : spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
  if (result.status !== 0) fail('PortDesk cannot start: `npm install` failed (see above).');
}

function run(what, nodeArgs) {
  console.log(`${what}...`);
  const result = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`PortDesk cannot start: ${what.toLowerCase()} failed (see above).`);
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}
