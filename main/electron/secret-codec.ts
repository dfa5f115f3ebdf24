import { safeStorage } from 'electron';
import type { SecretCodec } from '../server-link/session-store.ts';

const PLAIN = Buffer.from('plain:');

/**
 * Encrypts the user's tokens with the OS keychain (DPAPI, Keychain, libsecret) through safeStorage. Where
 * the system offers none (a bare Linux session), it falls back to the owner-only file, marked as plain.
 */
export const electronSecretCodec: SecretCodec = {
  encode(text) {
    return safeStorage.isEncryptionAvailable()
      ? safeStorage.encryptString(text)
      : Buffer.concat([PLAIN, Buffer.from(text, 'utf8')]);
  },
  decode(data) {
    if (data.subarray(0, PLAIN.length).equals(PLAIN)) return data.subarray(PLAIN.length).toString('utf8');
    return safeStorage.decryptString(data);
  },
};
