import { safeStorage } from 'electron';

import type { SecretBox } from './secret-box';

/** The app's SecretBox: safeStorage (Keychain, DPAPI, libsecret/kwallet). */
export const safeStorageBox: SecretBox = {
  // On Linux without a keyring safeStorage falls back to a hard-coded key ('basic_text'): not a secret.
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
};
