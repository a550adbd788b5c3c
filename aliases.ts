import { resolve } from 'node:path';

/**
 * Path aliases, one per side of the app, so an import says which layer it reaches
 * (`@shared/schemas/order`) instead of how many folders up it is. The same map is in
 * `tsconfig.json` (`paths`, read by tsc, Playwright and tsx); `test/unit/aliases.test.ts`
 * keeps the two equal. ESLint's layer rules match both spellings.
 */
export const aliasFolders = {
  '@shared': 'shared',
  '@main': 'electron',
  '@renderer': 'renderer/src',
  '@test': 'test',
  '@tools': 'tools',
} as const;

/** The aliases as Vite and vitest take them: absolute folders. */
export const viteAliases = Object.fromEntries(
  Object.entries(aliasFolders).map(([alias, folder]) => [
    alias,
    resolve(import.meta.dirname, folder),
  ]),
);
