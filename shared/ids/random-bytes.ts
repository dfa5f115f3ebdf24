/** A source of random bytes: returns a fresh array of exactly `length` bytes. */
export type RandomBytes = (length: number) => Uint8Array;

/** The slice of Web Crypto we use; shared/ has no DOM or Node types, so it is declared here. */
interface CryptoLike {
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** Cryptographically strong bytes from `globalThis.crypto` (present in Node ≥ 19, Electron and browsers). */
export const cryptoRandomBytes: RandomBytes = (length) => {
  const webCrypto = (globalThis as { crypto?: CryptoLike }).crypto;
  if (!webCrypto) {
    throw new Error('globalThis.crypto.getRandomValues is not available: pass a random source explicitly.');
  }
  return webCrypto.getRandomValues(new Uint8Array(length));
};

/** Reads `length` bytes from `random`, refusing a source that returns too few. */
export function takeRandomBytes(random: RandomBytes, length: number): Uint8Array {
  const bytes = random(length);
  if (bytes.length < length) {
    throw new RangeError(`The random source returned ${bytes.length} bytes, ${length} were asked for.`);
  }
  return bytes;
}

/** Lowercase hexadecimal of a byte array. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
