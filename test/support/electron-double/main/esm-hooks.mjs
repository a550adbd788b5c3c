// @ts-check
// Node's module.register resolve hook: ESM `import ... from 'electron'` gets the double.
const names = new Set(['electron', 'electron/main', 'electron/common']);
const facade = new URL('./esm-facade.mjs', import.meta.url).href;

/** @type {(specifier: string, context: unknown, next: (s: string, c: unknown) => unknown) => unknown} */
export function resolve(specifier, context, next) {
  return names.has(specifier) ? { url: facade, shortCircuit: true } : next(specifier, context);
}
