export { cryptoRandomBytes, toHex } from './random-bytes.ts';
export type { RandomBytes } from './random-bytes.ts';
export { createUuidv7Generator, uuidv7, UUIDV7_MAX_MS } from './uuidv7.ts';
export type { Uuidv7Generator } from './uuidv7.ts';
export { idSchema, isUuidv7, UUIDV7_PATTERN, uuidv7Time } from './id-schema.ts';
export type { Id } from './id-schema.ts';
