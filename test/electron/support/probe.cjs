// Loaded into the app's main process with `-r` (Electron's default_app honours it, and so does
// the test double) before the app's own code: records what a test cannot see from outside.
// - each window's 'ready-to-show', 'show' and 'maximize', in order, and whether it was visible
//   at ready-to-show;
// - dialog.showErrorBox, which is native and modal on Windows and macOS (no one would click it
//   in a test run), replaced by a line on stderr: "probe: error box: <title> | <content>".
const { app, dialog } = require('electron');

const probe = { windows: [] };
globalThis.__portdeskProbe = probe;

app.on('browser-window-created', (_event, window) => {
  const events = [];
  probe.windows.push(events);
  window.once('ready-to-show', () =>
    events.push(window.isVisible() ? 'ready-to-show (visible)' : 'ready-to-show'),
  );
  window.on('show', () => events.push('show'));
  window.on('maximize', () => events.push('maximize'));
});

dialog.showErrorBox = (title, content) => {
  process.stderr.write(`probe: error box: ${title} | ${String(content).replaceAll('\n', ' ')}\n`);
};
