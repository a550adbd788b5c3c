// `npm run screenshots`: refreshes the README's images in docs/screenshots/ on purpose.
// Test runs write theirs under test-results/ instead, so they never change tracked files.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const env = {
  ...process.env,
  PORTDESK_SCREENSHOTS_DIR: join(import.meta.dirname, '../docs/screenshots'),
};
for (const [command, args] of [
  ['npx', ['electron-vite', 'build']],
  ['npx', ['playwright', 'test', '--project=browser']],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log('Screenshots written to docs/screenshots/.');
