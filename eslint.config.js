import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnly = {
  name: 'electron',
  message: 'Only electron/ (outside services/) may import Electron.',
};

/** Layers, as VS Code enforces its own: shared is neutral, the renderer never reaches main, services stay plain Node. */
const layer = (files, patterns, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

/** What code that runs in plain Node (tests, scripts, tools/) cannot load: Electron, or a file that does. */
const cannotLoadElectron = {
  group: [
    'electron-store',
    '**/electron-store-factory',
    '**/electron/main',
    '**/electron/window',
    '**/electron/preload',
    '@main/main',
    '@main/window',
    '@main/preload',
    '@main/storage/electron-store-factory',
  ],
  message: 'Tests cannot load Electron.',
};
const noElectronInNode = {
  name: 'electron',
  message:
    'Tests cannot load the Electron binary: give services their test doubles (test/README.md).',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-test/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.security/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'simple-import-sort': simpleImportSort, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // A cycle means two modules each need the other loaded first: one of them is in the wrong place.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  layer(
    ['shared/**'],
    [
      {
        group: ['**/electron/**', '**/renderer/**', '@main/*', '@renderer/*', '@test/*'],
        message: 'shared/ runs on both sides: it imports neither.',
      },
      {
        group: ['react', 'react-dom', '@fluentui/*', 'node:*'],
        message: 'shared/ holds no UI and no Node-only code.',
      },
    ],
    [electronOnly],
  ),
  layer(
    ['renderer/**'],
    [
      {
        group: ['**/electron/**', '@main/*'],
        message: 'The renderer reaches main only through api.ts.',
      },
    ],
    [electronOnly],
  ),
  layer(
    [
      'electron/services/**',
      'electron/storage/document-store.ts',
      'electron/storage/migrations.ts',
      'electron/storage/quarantine.ts',
    ],
    [
      {
        group: [
          'electron-store',
          '**/electron-store-factory',
          '@main/storage/electron-store-factory',
        ],
        message: 'Services get a store injected; they never build one.',
      },
    ],
    [
      {
        name: 'electron',
        message: 'Services are plain Node so tests run them: receive Electron things as arguments.',
      },
    ],
  ),
  layer(['test/**'], [cannotLoadElectron], [noElectronInNode]),
  layer(
    ['scripts/**'],
    [
      cannotLoadElectron,
      {
        group: [
          '@test/support/**',
          '@test/unit/**',
          '@test/e2e/**',
          '@test/electron/**',
          '**/test/support/**',
        ],
        message:
          'Scripts use tools/ (what the tests and the scripts share) and test/fixtures/, never the tests themselves.',
      },
    ],
    [noElectronInNode],
  ),
  layer(
    ['tools/**'],
    [
      cannotLoadElectron,
      {
        group: ['@test/*', '**/test/**', '@renderer/*', '**/renderer/**', '**/scripts/**'],
        message: 'tools/ serves the tests and the scripts: it imports neither, nor the renderer.',
      },
    ],
    [noElectronInNode],
  ),
  {
    files: ['scripts/**', 'test/**', 'tools/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The Electron test double is CommonJS: `require('electron')` must be synchronous and Node 20
    // cannot require ESM. It is Electron, so it may use the names the layer rules keep from tests.
    files: ['test/support/electron-double/**/*.cjs', 'test/electron/support/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
