import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './access-token.ts';
import { hashPassword, verifyPassword } from './password.ts';

const key = Buffer.alloc(32, 7);
const claims = { sub: 'user', jti: 'token', fam: 'family', iat: 1_000, exp: 2_000 };

describe('access tokens', () => {
  it('verify while fresh, report expiry only for genuine tokens', () => {
    const token = signAccessToken(key, claims);
    expect(verifyAccessToken(key, token, 1_500)).toEqual({ ok: true, claims });
    expect(verifyAccessToken(key, token, 2_000)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyAccessToken(Buffer.alloc(32, 8), token, 1_500)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuse tampered or malformed tokens', () => {
    const [prefix, , signature] = signAccessToken(key, claims).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    expect(verifyAccessToken(key, `${prefix}.${forged}.${signature}`, 1_500).ok).toBe(false);
    for (const bad of ['', 'abc', 'v1..', 'v2.a.b', 'v1.a.b.c'])
      expect(verifyAccessToken(key, bad, 0).ok).toBe(false);
  });
});

describe('passwords (argon2id)', () => {
  const quick = { memoryKiB: 64, passes: 2, parallelism: 1 };

  it('hash to a PHC string and verify, NFC-normalised', async () => {
    const hash = await hashPassword('Mật khẩu mới', quick);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=64,t=2,p=1\$/);
    expect(await verifyPassword('Mật khẩu mới', hash)).toBe(true);
    expect(await verifyPassword('Mật khẩu mới'.normalize('NFD'), hash)).toBe(true);
    expect(await verifyPassword('mat khau moi', hash)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
  });

  it('use the OWASP cost by default', async () => {
    expect(await hashPassword('abcdefgh')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
