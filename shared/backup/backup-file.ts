import type { Locale } from '../i18n/locale.ts';
import { z } from 'zod';
import { entityNames, entitySchemas, type EntityName } from '../domain/registry.ts';
import { formatZodIssues } from '../domain/format-issues.ts';
import { hlcSchema } from '../hlc/index.ts';
import { recordChangeSchema } from '../sync/change.ts';
import { domainText } from '../i18n/domain.ts';
import { labelCatalogues } from '../i18n/labels.ts';

/** Marks a file as a backup of this app; anything else is refused. */
export const BACKUP_FORMAT = 'so-tay-ban-chi-dao.backup';
/**
 * 2: carries the working copy's owner (version 1 files, without one, are still read).
 * 3: carries the Yjs documents (minutes, notes): their update log, unsent rows included, and side copies.
 */
export const BACKUP_FORMAT_VERSION = 3;
/** Larger files are refused before they are read. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

const recordMetaSchema = z.object({
  _clock: z.record(z.string().max(60), hlcSchema),
  _deleted: z.union([z.literal(0), z.literal(1)]),
});

const historySchema = z
  .object({
    entity: z.enum(entityNames as [EntityName, ...EntityName[]]),
    recordId: z.string().max(100),
    field: z.string().max(60),
    oldValue: z.unknown(),
    newValue: z.unknown(),
    hlc: hlcSchema,
    actorId: z.string().max(100).nullable(),
    at: z.number().int(),
    origin: z.enum(['local', 'remote', 'import']),
  })
  .strict();

/** Whose working copy the backup was taken from: a restore into another account's copy is refused. */
const ownerSchema = z
  .object({
    serverUrl: z.string().max(500),
    userId: z.string().max(100),
    username: z.string().max(100),
    displayName: z.string().max(200),
    boundAt: z.number().int(),
  })
  .strict();

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const docIdText = z.string().min(1).max(200);

/** One stored update of a document, in log order; `unsent: 1` is still to be sent to the server. */
const documentRowSchema = z
  .object({ docId: docIdText, unsent: z.union([z.literal(0), z.literal(1)]), update: base64 })
  .strict();

/** Words that could not enter a shared document, kept for the office (renderer/src/documents/doc-rows.ts). */
const sideCopySchema = z
  .object({
    docId: docIdText,
    reason: z.enum(['refused', 'epoch', 'corrupt']),
    text: z.string().max(10_000_000),
    update: base64.nullable(),
    at: z.number().int(),
    message: z.string().max(2_000),
  })
  .strict();

const documentsSchema = z
  .object({
    rows: z.array(documentRowSchema),
    /** The server incarnation each document's rows belong to (null: never synced). */
    epochs: z.array(z.object({ docId: docIdText, epoch: z.number().int().nullable() }).strict()),
    sideCopies: z.array(sideCopySchema),
  })
  .strict();
export type BackupDocuments = z.infer<typeof documentsSchema>;

const envelopeSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(2), z.literal(BACKUP_FORMAT_VERSION)]),
    createdAt: z.number().int(),
    dbSchemaVersion: z.number().int().positive(),
    profileId: z.string().max(100),
    owner: ownerSchema.optional(),
    records: z.record(z.string(), z.array(z.unknown())),
    outbox: z.array(recordChangeSchema.extend({ createdAt: z.number().int() })),
    history: z.array(historySchema),
    /** Absent from version 1 and 2 files: they had no documents. */
    documents: documentsSchema.optional(),
  })
  .strict();

export type BackupEnvelope = z.infer<typeof envelopeSchema>;
export type BackupFile = Omit<BackupEnvelope, 'records'> & {
  records: { [N in EntityName]?: Array<Record<string, unknown>> };
};

export type BackupCheck = { ok: true; backup: BackupFile } | { ok: false; reason: string };

/** Checks every record of a backup against its entity schema; the first problems are named in `locale`. */
function checkRecords(records: Record<string, unknown[]>, locale: Locale): string | null {
  for (const [entity, rows] of Object.entries(records)) {
    if (!Object.hasOwn(entitySchemas, entity))
      return domainText(locale, 'backup.unsupportedEntity', { entity });
    const schema = entitySchemas[entity as EntityName];
    for (const [index, row] of rows.entries()) {
      const meta = recordMetaSchema.safeParse(row);
      const { _clock: _c, _deleted: _d, _sets: _s, ...fields } = (row ?? {}) as Record<string, unknown>;
      const parsed = schema.safeParse(fields);
      if (!meta.success || !parsed.success) {
        const issues = parsed.success
          ? [domainText(locale, 'backup.badSyncInfo')]
          : formatZodIssues(parsed.error, locale);
        const label = labelCatalogues[locale][`entity.${entity as EntityName}`];
        return domainText(locale, 'backup.recordProblem', {
          entity: label,
          n: index + 1,
          issues: issues.slice(0, 3).join('; '),
        });
      }
    }
  }
  return null;
}

/**
 * Parses the text of a backup file. A file that is not JSON, not this app's backup, from a newer
 * version, or with any invalid record is refused with a reason the user can read (Vietnamese unless told).
 */
export function parseBackup(text: string, locale: Locale = 'vi'): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: domainText(locale, 'backup.unreadable') };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    return { ok: false, reason: domainText(locale, 'backup.notBackup') };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return { ok: false, reason: domainText(locale, 'backup.newerVersion') };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const issues = formatZodIssues(envelope.error, locale).slice(0, 3).join('; ');
    return { ok: false, reason: domainText(locale, 'backup.corrupt', { issues }) };
  }
  const problem = checkRecords(envelope.data.records, locale);
  if (problem) return { ok: false, reason: domainText(locale, 'backup.invalidData', { problem }) };
  return { ok: true, backup: envelope.data as BackupFile };
}
