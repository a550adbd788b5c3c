import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint rules that keep the layers apart', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { api } from '../renderer/src/api';\nexport const a = api;\n"],
    ['shared/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n"],
    ['renderer/src/x.ts', "import { createDispatcher } from '../../electron/ipc-dispatcher';\nexport const a = createDispatcher;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['electron/services/x.ts', "import { shell } from 'electron';\nexport const a = shell;\n"],
    ['electron/services/x.ts', "import Store from 'electron-store';\nexport const a = Store;\n"],
    ['test/unit/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('refuse what %s must not import: %s', async (file, code) => {
    expect(await importErrors(file, code)).toHaveLength(1);
  });

  it('allow the imports each layer is meant to use', async () => {
    expect(await importErrors('electron/window.ts', "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;\n")).toEqual([]);
    expect(await importErrors('renderer/src/x.ts', "import { contract } from '../../shared/ipc';\nexport const a = contract;\n")).toEqual([]);
    expect(await importErrors('electron/services/x.ts', "import { join } from 'node:path';\nexport const a = join;\n")).toEqual([]);
  });
});
