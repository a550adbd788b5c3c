// @ts-check
const { mkdirSync, realpathSync } = require('node:fs');
const { homedir, tmpdir } = require('node:os');
const { isAbsolute, join, resolve } = require('node:path');

const { brokenRule } = require('../rules.cjs');

/** The names `app.getPath` knows (shell/browser/api/electron_api_app.cc GetPathConstant). */
const names = [
  'appData',
  'crashDumps',
  'desktop',
  'documents',
  'downloads',
  'exe',
  'home',
  'logs',
  'module',
  'music',
  'pictures',
  'sessionData',
  'temp',
  'userCache',
  'userData',
  'userDesktop',
  'videos',
];

/** The per-user folder apps keep their data in (Chromium's DIR_APP_DATA per platform). */
function appDataFolder() {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  if (process.platform === 'win32')
    return process.env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming');
  return process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config');
}

/**
 * `app.getPath` / `app.setPath` as Electron keeps them. userData is `appData/<app name>`
 * unless `--user-data-dir` says otherwise; Electron honours that switch itself, relative to
 * the working folder, and creates it (shell/app/electron_main_delegate.cc PreSandboxStartup:
 * PathService::OverrideAndCreateIfNeeded(DIR_USER_DATA, dir, is_absolute=false, create=true)).
 */
function createPaths(
  /** @type {() => string} */ appName,
  /** @type {string | undefined} */ userDataSwitch,
) {
  /** @type {Map<string, string>} */
  const overrides = new Map();
  if (userDataSwitch) {
    const dir = resolve(userDataSwitch);
    mkdirSync(dir, { recursive: true });
    overrides.set('userData', realpathSync(dir));
  }
  const defaults = () => {
    const userData = overrides.get('userData') ?? join(appDataFolder(), appName());
    return /** @type {Record<string, string>} */ ({
      appData: appDataFolder(),
      userData,
      sessionData: userData,
      crashDumps: join(userData, 'Crashpad'),
      logs: join(userData, 'logs'),
      home: homedir(),
      temp: tmpdir(),
      exe: process.argv[0] ?? '',
      module: process.argv[0] ?? '',
      desktop: join(homedir(), 'Desktop'),
      userDesktop: join(homedir(), 'Desktop'),
      documents: join(homedir(), 'Documents'),
      downloads: join(homedir(), 'Downloads'),
      music: join(homedir(), 'Music'),
      pictures: join(homedir(), 'Pictures'),
      videos: join(homedir(), 'Videos'),
      userCache: join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), appName()),
    });
  };
  return {
    /** electron_api_app.cc App::GetPath: an unknown name throws. */
    get(/** @type {string} */ name) {
      const path = overrides.get(name) ?? defaults()[name];
      if (!names.includes(name) || path === undefined)
        throw new Error(`Failed to get '${name}' path`);
      return path;
    },
    /** electron_api_app.cc App::SetPath: a relative path throws "Path must be absolute". */
    set(/** @type {string} */ name, /** @type {string} */ path) {
      if (!isAbsolute(path)) {
        brokenRule(
          `app.setPath('${name}', '${path}'): the path must be absolute`,
          'electron_api_app.cc App::SetPath',
        );
        throw new Error('Path must be absolute');
      }
      if (!names.includes(name)) throw new Error('Failed to set path');
      overrides.set(name, path);
    },
  };
}

module.exports = { createPaths };
