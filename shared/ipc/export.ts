import { z } from 'zod';
import { keyedError } from '../domain/vi-issue-message.ts';

export const MAX_EXPORT_INPUT_BYTES = 16_000_000;

const cellSchema = z.union([z.string().max(20_000), z.number(), z.null()]);

/** A plain file name for an export: never a path. */
export const exportNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]*\.xlsx$/u, keyedError('file.exportName'));

/** A table to write as a spreadsheet: a title row, column headers with widths, then the rows. */
export const exportTableInputSchema = z
  .object({
    title: z.string().min(1).max(300),
    sheetName: z.string().min(1).max(31),
    columns: z
      .array(z.object({ header: z.string().min(1).max(200), width: z.number().min(4).max(120) }).strict())
      .min(1)
      .max(40),
    rows: z.array(z.array(cellSchema).max(40)).max(100_000),
    suggestedName: exportNameSchema.optional(),
  })
  .strict();

export const exportResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }).strict(),
  z.object({ saved: z.literal(true), path: z.string(), bytes: z.number().int() }).strict(),
]);
