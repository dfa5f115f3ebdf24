import { z } from 'zod';
import { keyedError, requiredOr } from '../domain/vi-issue-message.ts';

/** Lowercase UUID version 7, variant RFC 9562. */
export const UUIDV7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Whether `value` is a lowercase UUID v7. */
export function isUuidv7(value: unknown): value is string {
  return typeof value === 'string' && UUIDV7_PATTERN.test(value);
}

/** The Unix time in ms a UUID v7 was made at. */
export function uuidv7Time(id: string): number {
  if (!isUuidv7(id)) throw new RangeError(`Not a UUID v7: ${JSON.stringify(id)}`);
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/** Mã định danh — the id of every record: a lowercase UUID v7. */
export const idSchema = z.string(requiredOr('id.notString')).regex(UUIDV7_PATTERN, keyedError('id.invalid'));

export type Id = z.infer<typeof idSchema>;
