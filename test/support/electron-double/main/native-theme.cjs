// @ts-check
const { EventEmitter } = require('node:events');

/** @typedef {'system' | 'light' | 'dark'} ThemeSource */

/**
 * `nativeTheme` (docs/api/native-theme.md): `themeSource` decides what every page's
 * `prefers-color-scheme` says ('system' follows the OS; the double's OS is light unless
 * ELECTRON_DOUBLE_DARK=1). Pages get it through Chromium's media emulation.
 */
class NativeTheme extends EventEmitter {
  constructor() {
    super();
    /** @type {ThemeSource} */
    this._source = 'system';
  }
  get themeSource() {
    return this._source;
  }
  set themeSource(/** @type {ThemeSource} */ source) {
    this._source = source;
    const { webContents } = require('./web-contents.cjs');
    for (const contents of webContents.getAllWebContents()) void contents._applyTheme();
    this.emit('updated');
  }
  get shouldUseDarkColors() {
    return (
      this._source === 'dark' ||
      (this._source === 'system' && process.env['ELECTRON_DOUBLE_DARK'] === '1')
    );
  }
  get shouldUseHighContrastColors() {
    return false;
  }
  get inForcedColorsMode() {
    return false;
  }
  /** The color scheme pages are given. */
  get _colorScheme() {
    return this.shouldUseDarkColors ? 'dark' : 'light';
  }
}

module.exports = { nativeTheme: new NativeTheme() };
