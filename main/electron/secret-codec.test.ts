import { describe, expect, it, vi } from 'vitest';

const keychain = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    encryptString: (text: string) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a)),
    decryptString: (data: Buffer) => Buffer.from([...data].map((b) => b ^ 0x5a)).toString(),
  },
}));

const { electronSecretCodec } = await import('./secret-codec.ts');

describe('electronSecretCodec', () => {
  it('encrypts with safeStorage: the token never sits in the file in clear', () => {
    keychain.available = true;
    const data = electronSecretCodec.encode('{"accessToken":"bí mật"}');
    expect(data.toString()).not.toContain('accessToken');
    expect(electronSecretCodec.decode(data)).toBe('{"accessToken":"bí mật"}');
  });

  it('falls back to a marked plain file when the system has no keychain, and still reads it later', () => {
    keychain.available = false;
    const data = electronSecretCodec.encode('token');
    keychain.available = true;
    expect(electronSecretCodec.decode(data)).toBe('token');
  });
});
