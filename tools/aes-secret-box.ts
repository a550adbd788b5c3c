import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import type { SecretBox } from '@main/storage/secret-box';

/**
 * Stands in for Electron's safeStorage, which needs the Electron binary: a real
 * AES-256-GCM cipher on a random key that lives only as long as the test.
 */
export function createAesSecretBox(available = true, key: Buffer = randomBytes(32)): SecretBox {
  return {
    isAvailable: () => available,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}
