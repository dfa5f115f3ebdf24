import { z } from 'zod';
import type { BackupFile } from '../backup/backup-file.ts';
import { keyedError } from '../domain/vi-issue-message.ts';

/** A plain file name in the backups folder: never a path, never hidden. */
export const backupNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]*\.json$/u, keyedError('file.backupName'));

export const backupSaveResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }).strict(),
  z.object({ saved: z.literal(true), path: z.string(), bytes: z.number().int() }).strict(),
]);

export const backupListSchema = z
  .object({
    folder: z.string(),
    files: z.array(z.object({ name: z.string(), bytes: z.number().int(), modifiedAt: z.number() }).strict()),
  })
  .strict();

/** The backup itself was validated by main with `parseBackup`; it crosses IPC as data. */
export const backupOpenResultSchema = z.discriminatedUnion('opened', [
  z.object({ opened: z.literal(false) }).strict(),
  z
    .object({
      opened: z.literal(true),
      name: z.string(),
      backup: z.custom<BackupFile>((value) => typeof value === 'object' && value !== null),
    })
    .strict(),
]);
