/**
 * Encryption for secrets (the port-out PIN) with a key the OS keeps: Electron's
 * safeStorage in the app, a real AES-GCM cipher on a throw-away key in tests.
 */
export interface SecretBox {
  /** False where the OS offers no real encryption (Linux without a keyring): secrets are then not stored at all. */
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}
