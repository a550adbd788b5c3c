// @ts-check
/**
 * @typedef {{
 *   appPath: string | undefined,
 *   requires: string[],
 *   inspect: { host: string, port: number } | undefined,
 *   switches: Map<string, string>,
 * }} CommandLine
 */

/**
 * Reads Electron's command line as Electron does: the app is the first argument that is not
 * a switch, `-r`/`--require` take the next argument (default_app/main.ts), `--inspect[=host:port]`
 * opens Node's inspector (shell/common/node_bindings.cc), and every `--name[=value]` is a
 * Chromium switch that `app.commandLine` can read.
 * @param {string[]} args
 * @returns {CommandLine}
 */
function parseCommandLine(args) {
  /** @type {CommandLine} */
  const line = { appPath: undefined, requires: [], inspect: undefined, switches: new Map() };
  let nextIsRequire = false;
  for (const arg of args) {
    if (nextIsRequire) {
      line.requires.push(arg);
      nextIsRequire = false;
    } else if (arg === '-r' || arg === '--require') {
      nextIsRequire = true;
    } else if (arg.startsWith('-')) {
      const [name = '', value = ''] = arg.replace(/^--?/, '').split(/=(.*)/s);
      line.switches.set(name, value);
      if (name === 'inspect' || name === 'inspect-brk') line.inspect = inspectAddress(value);
    } else if (line.appPath === undefined) {
      line.appPath = arg;
    }
  }
  return line;
}

/** `--inspect`, `--inspect=9229`, `--inspect=127.0.0.1:0`, as Node reads them. */
function inspectAddress(/** @type {string} */ value) {
  if (value === '') return { host: '127.0.0.1', port: 9229 };
  const [host, port] = value.includes(':') ? value.split(':') : ['127.0.0.1', value];
  return { host: host || '127.0.0.1', port: Number(port) };
}

module.exports = { parseCommandLine };
