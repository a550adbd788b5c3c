import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the lint rules that keep the layers apart', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { api } from '../renderer/src/api';\nexport const a = api;\n"],
    ['shared/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n"],
    ['shared/x.ts', "import { api } from '@renderer/api';\nexport const a = api;\n"],
    [
      'renderer/src/x.ts',
      "import { createDispatcher } from '@main/ipc-dispatcher';\nexport const a = createDispatcher;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { createDispatcher } from '../../electron/ipc-dispatcher';\nexport const a = createDispatcher;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
    ],
    ['electron/services/x.ts', "import { shell } from 'electron';\nexport const a = shell;\n"],
    ['electron/services/x.ts', "import Store from 'electron-store';\nexport const a = Store;\n"],
    ['test/unit/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'test/unit/x.ts',
      "import { createElectronStore } from '@main/storage/electron-store-factory';\nexport const a = createElectronStore;\n",
    ],
    [
      'scripts/bench/x.ts',
      "import { launchApp } from '@test/support/fixtures';\nexport const a = launchApp;\n",
    ],
    [
      'scripts/bench/x.ts',
      "import { start } from '../../test/support/service-app';\nexport const a = start;\n",
    ],
    ['tools/x.ts', "import { start } from '@test/support/service-app';\nexport const a = start;\n"],
    ['tools/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['tools/x.ts', "import { api } from '@renderer/api';\nexport const a = api;\n"],
  ])('refuse what %s must not import: %s', async (file, code) => {
    expect(await importErrors(file, code)).toHaveLength(1);
  });

  it('allow the imports each layer is meant to use', async () => {
    expect(
      await importErrors(
        'electron/window.ts',
        "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;\n",
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        'renderer/src/x.ts',
        "import { contract } from '@shared/ipc';\nexport const a = contract;\n",
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        'scripts/bench/x.ts',
        "import { launchApp } from '@tools/harness';\nimport { textRecords } from '@test/fixtures/carrier-records/make-pdfs';\nexport const a = [launchApp, textRecords];\n",
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        'test/e2e/x.ts',
        "import { seedOrders } from '@tools/seed-orders';\nexport const a = seedOrders;\n",
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        'electron/services/x.ts',
        "import { join } from 'node:path';\nexport const a = join;\n",
      ),
    ).toEqual([]);
  });
});

describe('the import-cycle rule', () => {
  it('fires on two modules that need each other, and not on a one-way import', async () => {
    const dir = mkdtempSync(join(root, 'shared/cycle-check-'));
    try {
      writeFileSync(
        join(dir, 'a.ts'),
        "import { b } from './b';\nexport const a = (): number => b();\n",
      );
      writeFileSync(
        join(dir, 'b.ts'),
        "import { a } from './a';\nexport const b = (): number => a();\n",
      );
      writeFileSync(
        join(dir, 'c.ts'),
        "import { a } from './a';\nexport const c = (): number => a();\n",
      );
      const results = await eslint.lintFiles([join(dir, '*.ts')]);
      const cycles = (file: string) =>
        results
          .find((r) => r.filePath.endsWith(file))!
          .messages.filter((m) => m.ruleId === 'import-x/no-cycle');
      expect(cycles('a.ts')).toHaveLength(1);
      expect(cycles('b.ts')).toHaveLength(1);
      expect(cycles('c.ts')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run cycles', () => {
  // ESLint's no-cycle skips `import type`, so a cycle of types alone is dpdm's to find.
  const cycles = () =>
    spawnSync('npm', ['run', '--silent', 'cycles'], { cwd: root, encoding: 'utf8' });

  it('fails on a cycle made of type imports alone, and passes on the project', () => {
    expect(cycles().status).toBe(0);
    const dir = mkdtempSync(join(root, 'shared/type-cycle-'));
    try {
      writeFileSync(
        join(dir, 'a.ts'),
        "import type { B } from './b';\nexport interface A { b?: B }\n",
      );
      writeFileSync(
        join(dir, 'b.ts'),
        "import type { A } from './a';\nexport interface B { a?: A }\n",
      );
      const found = cycles();
      expect(found.status).toBe(1);
      expect(found.stdout).toMatch(/type-cycle-\w+\/(a|b)\.ts -> .*type-cycle-\w+\/(a|b)\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
