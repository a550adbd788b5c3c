// @ts-check
const { EventEmitter } = require('node:events');

/**
 * `screen` (docs/api/screen.md): one display. Headless Chromium has no monitor, so the double
 * names one: 1920×1080 with a 40-pixel taskbar at the bottom (work area 1920×1040), scale 1.
 */
const display = Object.freeze({
  id: 1,
  label: 'electron-double display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
  monochrome: false,
  accelerometerSupport: 'unknown',
  touchSupport: 'unknown',
  colorDepth: 24,
  colorSpace: '',
  depthPerComponent: 8,
  displayFrequency: 60,
  detected: true,
});

const electronScreen = Object.assign(new EventEmitter(), {
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
  getDisplayMatching: () => display,
  getDisplayNearestPoint: () => display,
  getCursorScreenPoint: () => ({ x: 0, y: 0 }),
});

module.exports = { screen: electronScreen, display };
