// The built main process must load nothing from node_modules at run time: only `electron` and
// Node's own modules (see electron.vite.config.ts for why main bundles its dependencies).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

// main.js and every chunk it loads, at start or on demand (electron.vite.config.ts splits them).
const mainDir = 'out/main';
const files = readdirSync(mainDir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js'))
  .map((name) => join(mainDir, name));
const specifiers = files.flatMap((file) => {
  const code = readFileSync(file, 'utf8');
  return [
    ...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\b__require\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]);
});
// pdf.js builds `await import("${e}")` as text for code it generates: a template, not an import.
const allowed = (s) =>
  s.includes('${') ||
  s === 'electron' ||
  s.startsWith('node:') ||
  builtinModules.includes(s) ||
  s.startsWith('.');
const outside = [...new Set(specifiers.filter((s) => !allowed(s)))];
if (outside.length > 0) {
  console.error(
    `${mainDir} loads ${outside.join(', ')} at run time; app.asar carries no node_modules. Bundle it (electron.vite.config.ts).`,
  );
  process.exit(1);
}
console.log(
  `${mainDir} (${files.length} files): ${new Set(specifiers).size} modules loaded at run time, all electron, Node's own or the bundle's.`,
);

// The preload is one small CommonJS file with the channel names only (electron.vite.config.ts):
// a schema or a library pulled in by an import would show here first.
const preloadFile = 'out/preload/preload.cjs';
const preload = readFileSync(preloadFile, 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
const preloadLimit = 4 * 1024;
if (required.some((s) => s !== 'electron') || preload.length > preloadLimit) {
  console.error(
    `${preloadFile} must require electron only and stay under ${preloadLimit} bytes; it requires ${required.join(', ')} and is ${preload.length} bytes. Import only shared/contract/bridge.ts and wire.ts there.`,
  );
  process.exit(1);
}
console.log(`${preloadFile}: ${preload.length} bytes, requires electron only.`);
