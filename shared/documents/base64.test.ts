import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

describe('base64 of updates', () => {
  it('matches Node’s encoding, also past one chunk, and round-trips', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, index) => (index * 31 + 7) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
