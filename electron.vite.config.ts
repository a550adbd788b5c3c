import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { type Plugin, runnerImport } from 'vite';

import { viteAliases } from './aliases';

const channelNamesId = 'virtual:portdesk-channel-names';

/** `vendor-<package>` for a module of node_modules (scoped packages by scope: `vendor-fluentui`). */
function vendorChunkName(id: string): string {
  const path = id.split(/[\\/]node_modules[\\/]/).at(-1) ?? '';
  const [first = 'lib', second = ''] = path.split(/[\\/]/);
  const name = first.startsWith('@') ? `${first.slice(1)}-${second}` : first;
  return `vendor-${name.replace(/[^a-z0-9-]/gi, '-')}`;
}

/**
 * The preload and the renderer's `api` need the contract's channel names and nothing else:
 * this module gives them, read from `shared/contract` at build time, so the preload stays one
 * small CommonJS file and the first screen loads without zod or a single schema, and neither
 * can ever list a name the contract lacks.
 */
function channelNamesFromContract(): Plugin {
  return {
    name: 'portdesk-channel-names',
    resolveId: (id) => (id === channelNamesId ? `\0${channelNamesId}` : undefined),
    async load(id) {
      if (id !== `\0${channelNamesId}`) return undefined;
      const contractFile = resolve('shared/contract/index.ts');
      this.addWatchFile(contractFile);
      const { module } = await runnerImport<{ channelNames: string[] }>(contractFile, {
        configFile: false,
        logLevel: 'error',
        resolve: { alias: viteAliases },
      });
      return `export const channelNames = ${JSON.stringify(module.channelNames)};`;
    },
  };
}

// Three bundles: main (ESM, every dependency bundled in: see below), preload (one CommonJS
// file, because a sandboxed preload can load neither ESM nor split chunks), renderer.
//
// Main bundles its dependencies (electron-store, conf, zod, pdf-lib, libphonenumber-js...)
// instead of loading them from node_modules inside app.asar. Importing packages from ESM code
// inside an asar has broken in several Electron releases (electron/electron#40211 transitive
// imports, #41241 and #45896 "Cannot find package", #46614 ERR_UNSUPPORTED_ESM_URL_SCHEME), and
// a bundle has nothing left to resolve at run time but `electron`, `node:` modules and its own
// vendor chunk (scripts/check-main-bundle.mjs checks it). So package.json has no runtime `dependencies`,
// app.asar carries no node_modules, and what is packed is what the tests ran.
export default defineConfig({
  main: {
    resolve: { alias: viteAliases },
    build: {
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: {
        input: { main: resolve('electron/main.ts') },
        // The bundled libraries go in chunks of their own: the security scan reads the app's
        // code (main.js), not third-party code (which it never read in node_modules either).
        // Those main loads at start in one; those it imports on demand (pdf.js, pdf-lib: most
        // of the bytes) in one chunk a package, compiled only when a PDF is first read or made.
        output: {
          codeSplitting: {
            groups: [
              { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
              { name: vendorChunkName, test: /node_modules/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  preload: {
    plugins: [channelNamesFromContract()],
    resolve: { alias: viteAliases },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), channelNamesFromContract()],
    resolve: { alias: viteAliases },
    build: {
      outDir: resolve('out/renderer'),
      // Minified: the first screen's JavaScript is what Chromium must fetch, parse and compile
      // before anything shows (`npm run bench` measures it); source maps are not shipped.
      minify: true,
      rollupOptions: {
        input: resolve('renderer/index.html'),
        // As in main: libraries in chunks of their own, so the security scan reads the app's code
        // (it skips `vendor-*`). Those the first screen needs (`$initial`: the entry's static
        // imports) in one; the rest (the date picker, the numbers table's libraries...) in one
        // chunk a package, fetched with the page that first needs them.
        output: {
          codeSplitting: {
            groups: [
              { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
              { name: vendorChunkName, test: /node_modules/, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
