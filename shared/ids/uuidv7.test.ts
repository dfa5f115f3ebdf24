import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSchema, isUuidv7, uuidv7Time } from './id-schema.ts';
import { createUuidv7Generator, uuidv7, UUIDV7_MAX_MS } from './uuidv7.ts';

const fixedBytes = (value: number) => (length: number) => new Uint8Array(length).fill(value);

describe('uuidv7', () => {
  it('lays out the timestamp, version and variant of RFC 9562', () => {
    const id = uuidv7(0x017f22e279b0, fixedBytes(0xff));
    expect(id).toBe('017f22e2-79b0-7fff-bfff-ffffffffffff');
    expect(uuidv7(0, fixedBytes(0))).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('is lowercase, of version 7 and variant 10 for any time and randomness', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: UUIDV7_MAX_MS }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (ms, bytes) => {
          const id = uuidv7(ms, () => bytes);
          expect(id).toMatch(/^[0-9a-f-]{36}$/);
          expect(id[14]).toBe('7');
          expect('89ab').toContain(id[19]);
          expect(isUuidv7(id)).toBe(true);
          expect(uuidv7Time(id)).toBe(ms);
        },
      ),
    );
  });

  it('uses crypto randomness by default', () => {
    const a = uuidv7(Date.now());
    const b = uuidv7(Date.now());
    expect(isUuidv7(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it('sorts by time across milliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: UUIDV7_MAX_MS - 1 }),
        fc.integer({ min: 1, max: 1e9 }),
        (t, dt) => {
          const later = Math.min(UUIDV7_MAX_MS, t + dt);
          expect(uuidv7(t, fixedBytes(0xff)) < uuidv7(later, fixedBytes(0))).toBe(true);
        },
      ),
    );
  });

  it('refuses times outside 48 bits and short random sources', () => {
    expect(() => uuidv7(-1)).toThrow(RangeError);
    expect(() => uuidv7(1.5)).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48)).toThrow(RangeError);
    expect(() => uuidv7(1, () => new Uint8Array(3))).toThrow(/3 bytes/);
  });
});

describe('createUuidv7Generator', () => {
  it('strictly increases for any sequence of times, even a clock stepping back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_600_000_000_000, max: 1_600_000_000_050 }), { maxLength: 200 }),
        (times) => {
          const next = createUuidv7Generator();
          let previous = '';
          for (const t of times) {
            const id = next(t);
            expect(isUuidv7(id)).toBe(true);
            expect(id > previous).toBe(true);
            previous = id;
          }
        },
      ),
    );
  });

  it('carries the timestamp forward when 4096 ids share one millisecond', () => {
    const next = createUuidv7Generator(fixedBytes(0));
    const ids = Array.from({ length: 5000 }, () => next(1000));
    expect(new Set(ids).size).toBe(5000);
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? ''))).toBe(true);
    expect(uuidv7Time(ids[4999] ?? '')).toBe(1001);
  });
});

describe('idSchema', () => {
  it('accepts a UUID v7 and refuses other UUIDs with a Vietnamese message', () => {
    expect(idSchema.parse(uuidv7(1))).toMatch(/^0{8}/);
    const v4 = '3b241101-e2bb-4255-8caf-4136c566a962';
    const result = idSchema.safeParse(v4);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('mã định danh không hợp lệ');
    expect(idSchema.safeParse(uuidv7(1).toUpperCase()).success).toBe(false);
    expect(idSchema.safeParse(42).error?.issues[0]?.message).toBe('mã định danh phải là chuỗi ký tự');
    expect(() => uuidv7Time(v4)).toThrow(RangeError);
  });
});
