// @ts-check
/**
 * How the double speaks. A broken Electron rule (a call that real Electron refuses, or that
 * does something the app did not mean, such as `maximize()` showing a hidden window) is
 * printed with `brokenRulePrefix`; the Electron spec fails on any such line. The double
 * never fixes the call for the app: it behaves as Electron does, and says so.
 */
const { appendFileSync } = require('node:fs');

const brokenRulePrefix = 'electron-double: broken Electron rule:';

/**
 * Reports a broken Electron rule, naming the Electron doc or source that states it: on stderr,
 * and appended to the file ELECTRON_DOUBLE_REPORT names (a test reads it whole after the run).
 */
function brokenRule(/** @type {string} */ rule, /** @type {string} */ source) {
  const line = `${brokenRulePrefix} ${rule} (${source})\n`;
  process.stderr.write(line);
  const report = process.env['ELECTRON_DOUBLE_REPORT'];
  if (report) appendFileSync(report, line);
}

/** A line for the developer: what the double did in place of the OS (opened a link, showed a box...). */
function note(/** @type {string} */ message) {
  process.stderr.write(`electron-double: ${message}\n`);
}

/** What an Electron event handler receives: an object that can be prevented. */
function preventable(/** @type {Record<string, unknown>} */ fields = {}) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

module.exports = { brokenRule, brokenRulePrefix, note, preventable };
