import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens: `v1.<payload>.<signature>`, both base64url, the signature HMAC-SHA256 of `v1.<payload>`
 * with the server's key (shared by every instance through the database). Short-lived; nothing stored.
 */
export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Token id. */
  jti: string;
  /** The refresh-token family (login session) it was issued for. */
  fam: string;
  /** Issued and expiry, epoch ms. */
  iat: number;
  exp: number;
}

export type AccessTokenCheck =
  { ok: true; claims: AccessClaims } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

const PREFIX = 'v1';

function sign(key: Buffer, data: string): string {
  return createHmac('sha256', key).update(data).digest('base64url');
}

export function signAccessToken(key: Buffer, claims: AccessClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const data = `${PREFIX}.${payload}`;
  return `${data}.${sign(key, data)}`;
}

function parseClaims(payload: string): AccessClaims | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { sub, jti, fam, iat, exp } = value as Record<string, unknown>;
    if (typeof sub !== 'string' || typeof jti !== 'string' || typeof fam !== 'string') return null;
    if (!Number.isSafeInteger(iat) || !Number.isSafeInteger(exp)) return null;
    return { sub, jti, fam, iat: Number(iat), exp: Number(exp) };
  } catch {
    return null;
  }
}

/** Verifies signature first, then expiry: only a genuine token can be reported as expired. */
export function verifyAccessToken(key: Buffer, token: string, now: number): AccessTokenCheck {
  const parts = token.split('.');
  const [prefix, payload, signature] = parts;
  if (parts.length !== 3 || prefix !== PREFIX || !payload || !signature) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = Buffer.from(sign(key, `${prefix}.${payload}`));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, reason: 'bad_signature' };
  }
  const claims = parseClaims(payload);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (claims.exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
