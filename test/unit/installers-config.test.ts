import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { testBuildConfig } from '../../scripts/packaged-config.mjs';

const require = createRequire(import.meta.url);
// electron-builder's own validator (its JSON schema, scheme.json) and its own YAML reader.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, debugLogger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};
const { load } = require('js-yaml') as { load: (text: string) => unknown };

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  electronFuses: Record<string, boolean>;
  files: string[];
  win: { target: Target[] };
  mac: { target: Target[] };
  linux: { target: Target[] };
}
const config = load(
  readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('a broken config fails that same schema (so the check above can fail)', async () => {
    await expect(
      validateConfiguration(
        { ...config, notAnOption: true, nsis: { oneClick: 'sometimes' } },
        new DebugLogger(false),
      ),
    ).rejects.toThrow();
  });

  it('release builds let no one attach a debugger; only the test-only build keeps --inspect', async () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
    const testBuild = testBuildConfig(config) as BuilderConfig & {
      directories: { output: string };
    };
    expect(testBuild.electronFuses).toEqual({
      ...config.electronFuses,
      enableNodeCliInspectArguments: true,
    });
    expect(testBuild.directories.output).toBe('dist-test');
    await expect(validateConfiguration(testBuild, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('targets NSIS, DMG for x64 and arm64, AppImage and deb, and packs only the built app', () => {
    expect(config.win.target[0]?.target).toBe('nsis');
    expect(config.mac.target[0]).toEqual({ target: 'dmg', arch: ['x64', 'arm64'] });
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.files).toEqual(['out/**/*', 'package.json', '!**/*.map']);
    expect(config.appId).toBe('com.portdesk.app');
  });
});
