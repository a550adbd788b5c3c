import { join } from 'node:path';

/**
 * Where tests write their screenshots: under the test output folder, so a test run never
 * touches tracked files. `npm run screenshots` points this at `docs/screenshots/` to
 * refresh the README's images on purpose.
 */
export const screenshots =
  process.env['PORTDESK_SCREENSHOTS_DIR'] ??
  join(import.meta.dirname, '../../test-results/screenshots');

/** The path of one screenshot. */
export const screenshotPath = (file: string): string => join(screenshots, file);
