import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { aliasFolders } from '../../aliases';

describe('path aliases', () => {
  it('are the same in tsconfig.json (tsc, Playwright, tsx) as in aliases.ts (Vite, vitest)', () => {
    const tsconfig = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../tsconfig.json'), 'utf8'),
    ) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const fromTsconfig = Object.fromEntries(
      Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
        alias.replace(/\/\*$/, ''),
        target!.replace(/^\.\//, '').replace(/\/\*$/, ''),
      ]),
    );
    expect(fromTsconfig).toEqual(aliasFolders);
  });
});
