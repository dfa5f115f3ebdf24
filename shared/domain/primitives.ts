import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import { isIsoDate } from '../text/calendar-date.ts';
import { nfc } from '../text/normalize.ts';
import { unsafeCharIn } from '../text/unsafe-text.ts';
import { keyedError, keyedIssue, viError } from './vi-issue-message.ts';

/** Refuses NUL, lone surrogates and control characters, saying which (see text/unsafe-text.ts). */
function safeText(allowLineBreaks: boolean) {
  return (text: string, ctx: z.RefinementCtx) => {
    const found = unsafeCharIn(text, { allowLineBreaks });
    if (found) ctx.addIssue({ code: 'custom', input: text, ...keyedIssue(`unsafe.${found.kind}`) });
  };
}

/**
 * One line of Vietnamese text (a name, a title): stored in NFC, runs of white space (line breaks too)
 * made one space, trimmed, then `min`..`max` characters.
 */
export function viText(min: number, max: number) {
  const base = z
    .string(viError)
    .overwrite((s) => nfc(s).replace(/\s+/gu, ' '))
    .trim();
  return (min > 0 ? base.min(min, viError) : base).max(max, viError).superRefine(safeText(false));
}

/** Text of several lines (notes, summaries): NFC, CRLF made LF, trimmed, `min`..`max` characters. */
export function viMultiline(min: number, max: number) {
  const base = z
    .string(viError)
    .overwrite((s) => nfc(s).replace(/\r\n?/g, '\n'))
    .trim();
  return (min > 0 ? base.min(min, viError) : base).max(max, viError).superRefine(safeText(true));
}

/** An optional line of text: null, or text of 1..`max` characters; blank text is stored as null. */
export function nullableViText(max: number) {
  return viText(0, max)
    .nullable()
    .transform((s) => (s === '' ? null : s));
}

/** An optional multi-line text: null, or 1..`max` characters; blank text is stored as null. */
export function nullableViMultiline(max: number) {
  return viMultiline(0, max)
    .nullable()
    .transform((s) => (s === '' ? null : s));
}

/** A calendar date 'YYYY-MM-DD' that exists ('2022-02-30' does not). */
export const isoDateSchema = z.string(viError).refine(isIsoDate, keyedError('date.invalid'));

/**
 * A moment in time (a meeting's start) as Unix epoch milliseconds, UTC, a whole number: the same unit as
 * the HLC and `Date.now()`, free of time-zone text. Shown in Vietnam's time by the text helpers.
 */
export const timestampSchema = z
  .number(viError)
  .int(viError)
  .min(0, viError)
  .max(8_640_000_000_000_000, viError);

/** A calendar year of the work of a committee. */
export const yearSchema = z.number(viError).int(viError).min(1945, viError).max(2200, viError);

/** A figure of an indicator (a count, a rate, an amount): any finite number within ±10^15. */
export const figureSchema = z.number(viError).min(-1e15, viError).max(1e15, viError);

/** A percentage of progress, 0..100, whole. */
export const progressSchema = z.number(viError).int(viError).min(0, viError).max(100, viError);

/** A positive ordinal (1, 2, …) such as the number of a conclusion. */
export const ordinalSchema = z.number(viError).int(viError).min(1, viError).max(100_000, viError);

/** An id that may be absent. */
export const nullableIdSchema = idSchema.nullable();

/** A list of distinct ids, at most `max`. */
export function idListSchema(max: number) {
  return z
    .array(idSchema, viError)
    .max(max, viError)
    .refine((ids) => new Set(ids).size === ids.length, keyedError('list.duplicates'));
}

/** One of `values`; the message lists them. */
export function enumSchema<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, viError);
}

export const booleanSchema = z.boolean(viError);
