// @ts-check
const { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

/**
 * `safeStorage` (docs/api/safe-storage.md, shell/browser/api/electron_api_safe_storage.cc) with
 * Chromium's Linux cipher (components/os_crypt: AES-128-CBC, key = PBKDF2-SHA1(password,
 * "saltysalt", 1 iteration), IV of 16 spaces, a "v10"/"v11" prefix).
 * - The backend follows `--password-store` (basic, gnome-libsecret, kwallet...) or else the
 *   desktop (XDG_CURRENT_DESKTOP), as getSelectedStorageBackend() documents; unknown → basic_text.
 * - basic_text: no secret store. Encryption is "not available" unless the app calls
 *   setUsePlainTextEncryption(true); then "v10" with the hard-coded password "peanuts": not a secret.
 * - A keyring backend: "v11" with a random password the double keeps outside the app's data, in
 *   `<tmp>/electron-double-keyring/<app name>` (standing in for the OS keyring, so a restart unseals).
 */
const app = () => require('./app.cjs').app;
const desktops = {
  gnome_libsecret: ['X-Cinnamon', 'Deepin', 'GNOME', 'Pantheon', 'XFCE', 'UKUI', 'unity'],
};
let plainText = false;

function backend() {
  const store = app().commandLine.getSwitchValue('password-store');
  if (store === 'basic') return 'basic_text';
  if (store.startsWith('gnome')) return 'gnome_libsecret';
  if (store.startsWith('kwallet')) return store;
  const desktop = process.env['XDG_CURRENT_DESKTOP'] ?? '';
  if (desktops.gnome_libsecret.some((name) => desktop.includes(name))) return 'gnome_libsecret';
  if (desktop.includes('KDE')) return 'kwallet5';
  return 'basic_text';
}

function keyFor(/** @type {'v10' | 'v11'} */ version) {
  return pbkdf2Sync(version === 'v10' ? 'peanuts' : keyringPassword(), 'saltysalt', 1, 16, 'sha1');
}

function keyringPassword() {
  const dir = join(tmpdir(), 'electron-double-keyring');
  const file = join(dir, app().getName());
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(16).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8');
}

function available() {
  return app().isReady() && (backend() !== 'basic_text' || plainText);
}

function guard(/** @type {string} */ what) {
  if (!app().isReady()) throw new Error('safeStorage cannot be used before app is ready');
  if (!available()) throw new Error(`Error while ${what}. Encryption is not available.`);
}

const iv = Buffer.alloc(16, ' ');

const safeStorage = {
  isEncryptionAvailable: available,
  isAsyncEncryptionAvailable: async () => available(),
  getSelectedStorageBackend: () => (app().isReady() ? backend() : 'unknown'),
  setUsePlainTextEncryption(/** @type {boolean} */ use) {
    plainText = use;
  },
  encryptString(/** @type {string} */ plain) {
    guard('encrypting the text provided to safeStorage.encryptString');
    const version = backend() === 'basic_text' ? 'v10' : 'v11';
    const cipher = createCipheriv('aes-128-cbc', keyFor(version), iv);
    return Buffer.concat([Buffer.from(version), cipher.update(plain, 'utf8'), cipher.final()]);
  },
  decryptString(/** @type {Buffer} */ sealed) {
    guard('decrypting the ciphertext provided to safeStorage.decryptString');
    if (!Buffer.isBuffer(sealed))
      throw new Error('Expected the first argument of decryptString() to be a buffer');
    const version = sealed.subarray(0, 3).toString();
    if (version !== 'v10' && version !== 'v11')
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    const decipher = createDecipheriv('aes-128-cbc', keyFor(version), iv);
    return Buffer.concat([decipher.update(sealed.subarray(3)), decipher.final()]).toString('utf8');
  },
  async encryptStringAsync(/** @type {string} */ plain) {
    return safeStorage.encryptString(plain);
  },
  async decryptStringAsync(/** @type {Buffer} */ sealed) {
    return { result: safeStorage.decryptString(sealed), shouldReEncrypt: false };
  },
};

module.exports = { safeStorage };
