// The electron-builder configuration, for release and for the test-only build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { load } = createRequire(import.meta.url)('js-yaml');

/** electron-builder.yml as electron-builder reads it: the release configuration. */
export function releaseConfig() {
  return load(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8'));
}

/**
 * The test-only build that `npm run test:packaged` runs the Electron spec against: the release
 * configuration, unpacked (`--dir`) into its own folder, with the one fuse Playwright's _electron
 * needs turned on (it attaches to main through --inspect). Never shipped.
 */
export function testBuildConfig(release = releaseConfig()) {
  return {
    ...release,
    directories: { ...release.directories, output: 'dist-test' },
    electronFuses: { ...release.electronFuses, enableNodeCliInspectArguments: true },
  };
}
