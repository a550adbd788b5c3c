// @ts-check
const { readlinkSync, rmSync, symlinkSync } = require('node:fs');
const net = require('node:net');
const { hostname } = require('node:os');
const { join } = require('node:path');

/**
 * The single-instance lock, kept as Chromium's ProcessSingleton keeps it on POSIX
 * (chrome/browser/process_singleton_posix.cc, used by app.requestSingleInstanceLock): a
 * `SingletonLock` symlink to `<host>-<pid>` in the user data folder, and a `SingletonSocket`
 * the first instance listens on for a second one's command line ('second-instance').
 */
function createSingleInstance(
  /** @type {() => string} */ userData,
  /** @type {(message: { argv: string[], cwd: string, data: unknown }) => void} */ onSecond,
) {
  const me = `${hostname()}-${process.pid}`;
  /** @type {net.Server | undefined} */
  let server;
  /** @type {Promise<unknown>[]} */
  const sending = [];
  const lockPath = () => join(userData(), 'SingletonLock');
  const socketPath = () => join(userData(), 'SingletonSocket');

  const holder = () => {
    try {
      return readlinkSync(lockPath());
    } catch {
      return undefined;
    }
  };
  const alive = (/** @type {string} */ owner) => {
    const pid = Number(owner.split('-').at(-1));
    try {
      return process.kill(pid, 0);
    } catch {
      return false;
    }
  };
  const listen = () => {
    rmSync(socketPath(), { force: true });
    server = net.createServer((socket) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => onSecond(JSON.parse(text)));
    });
    server.listen(socketPath());
    server.unref();
  };
  const notify = (/** @type {unknown} */ data) => {
    const message = JSON.stringify({ argv: process.argv, cwd: process.cwd(), data: data ?? {} });
    sending.push(
      new Promise((done) => {
        const socket = net.connect(socketPath(), () => socket.end(message, () => done(undefined)));
        socket.on('error', () => done(undefined));
      }),
    );
  };

  return {
    /** @returns {boolean} */
    request(/** @type {unknown} */ additionalData) {
      const owner = holder();
      if (owner === me) return true;
      if (owner && alive(owner)) {
        notify(additionalData);
        return false;
      }
      rmSync(lockPath(), { force: true });
      symlinkSync(me, lockPath());
      listen();
      return true;
    },
    has: () => holder() === me,
    release() {
      if (holder() !== me) return;
      server?.close();
      rmSync(socketPath(), { force: true });
      rmSync(lockPath(), { force: true });
    },
    /** Resolves once a second instance has handed its command line over. */
    settled: () => Promise.all(sending),
  };
}

module.exports = { createSingleInstance };
