import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with argon2id (Node's built-in `crypto.argon2`), stored in the PHC string format
 * `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` so the cost can rise later without breaking old hashes.
 * Passwords are NFC-normalised first: the same Vietnamese password typed on another keyboard must match.
 */
export interface Argon2Params {
  /** Memory in KiB. */
  memoryKiB: number;
  passes: number;
  parallelism: number;
}

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
export const DEFAULT_ARGON2_PARAMS: Argon2Params = { memoryKiB: 19_456, passes: 2, parallelism: 1 };

const TAG_LENGTH = 32;
const PHC_PATTERN = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function derive(password: string, salt: Buffer, params: Argon2Params, tagLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    argon2(
      'argon2id',
      {
        message: password.normalize('NFC'),
        nonce: salt,
        parallelism: params.parallelism,
        tagLength,
        memory: params.memoryKiB,
        passes: params.passes,
      },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

export async function hashPassword(
  password: string,
  params: Argon2Params = DEFAULT_ARGON2_PARAMS,
): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, params, TAG_LENGTH);
  return `$argon2id$v=19$m=${params.memoryKiB},t=${params.passes},p=${params.parallelism}$${b64(salt)}$${b64(hash)}`;
}

/** Checks a password against a stored PHC string; false for anything malformed. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const match = PHC_PATTERN.exec(encoded);
  if (!match?.[4] || !match[5]) return false;
  const params = { memoryKiB: Number(match[1]), passes: Number(match[2]), parallelism: Number(match[3]) };
  const expected = Buffer.from(match[5], 'base64');
  if (expected.length < 16) return false;
  const actual = await derive(password, Buffer.from(match[4], 'base64'), params, expected.length);
  return timingSafeEqual(actual, expected);
}
