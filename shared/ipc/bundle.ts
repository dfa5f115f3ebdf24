import { z } from 'zod';
import { sha256Schema } from '../sync/blobs-api.ts';

/**
 * A meeting's materials in one piece (issue 19): every file as one ZIP, a folder per agenda item in the
 * agenda's order, or every PDF merged into one. main reads the files from its store (the renderer fetches
 * them first), writes where the user picks (Electron) or to the profile's exports folder, and answers
 * where, with a download address in the web host.
 */
export const bundleItemSchema = z
  .object({
    order: z.number().int().min(0).max(10_000),
    part: z.string().min(1).max(1000),
    name: z.string().min(1).max(300),
    sha256: sha256Schema,
    mediaType: z.string().max(200),
  })
  .strict();

export const bundleChannels = {
  'files.bundle': {
    input: z
      .object({
        kind: z.enum(['zip', 'pdf']),
        /** The meeting's title: the bundle's file name and the merged PDF's title. */
        title: z.string().min(1).max(1000),
        items: z.array(bundleItemSchema).min(1).max(2_000),
      })
      .strict(),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }).strict(),
      z
        .object({
          saved: z.literal(true),
          path: z.string(),
          bytes: z.number().int(),
          /** The web host's address to download it from; absent in Electron. */
          url: z.string().optional(),
          /** Files left out: not on this machine, or a PDF that could not be read. */
          skipped: z.array(z.object({ name: z.string(), reason: z.string() }).strict()),
        })
        .strict(),
    ]),
  },
} as const;
