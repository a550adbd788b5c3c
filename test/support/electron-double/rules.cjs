// @ts-check
/**
 * How the double speaks. A broken Electron rule (a call that real Electron refuses, or that
 * does something the app did not mean, such as `maximize()` showing a hidden window) is
 * printed with `brokenRulePrefix`; the Electron spec fails on any such line. The double
 * never fixes the call for the app: it behaves as Electron does, and says so.
 */
const brokenRulePrefix = 'electron-double: broken Electron rule:';

/** Reports a broken Electron rule, naming the Electron doc or source that states it. */
function brokenRule(/** @type {string} */ rule, /** @type {string} */ source) {
  process.stderr.write(`${brokenRulePrefix} ${rule} (${source})\n`);
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
