import { z } from 'zod';
import { entityLabels, entityNames, entitySchemas, type EntityName } from '../domain/registry.ts';
import { formatZodIssues } from '../domain/format-issues.ts';
import { hlcSchema } from '../hlc/index.ts';
import { recordChangeSchema } from '../sync/change.ts';

/** Marks a file as a backup of this app; anything else is refused. */
export const BACKUP_FORMAT = 'so-tay-ban-chi-dao.backup';
/** 2: carries the working copy's owner (version 1 files, without one, are still read). */
export const BACKUP_FORMAT_VERSION = 2;
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

const envelopeSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(BACKUP_FORMAT_VERSION)]),
    createdAt: z.number().int(),
    dbSchemaVersion: z.number().int().positive(),
    profileId: z.string().max(100),
    owner: ownerSchema.optional(),
    records: z.record(z.string(), z.array(z.unknown())),
    outbox: z.array(recordChangeSchema.extend({ createdAt: z.number().int() })),
    history: z.array(historySchema),
  })
  .strict();

export type BackupEnvelope = z.infer<typeof envelopeSchema>;
export type BackupFile = Omit<BackupEnvelope, 'records'> & {
  records: { [N in EntityName]?: Array<Record<string, unknown>> };
};

export type BackupCheck = { ok: true; backup: BackupFile } | { ok: false; reason: string };

/** Checks every record of a backup against its entity schema; the first problems are named in Vietnamese. */
function checkRecords(records: Record<string, unknown[]>): string | null {
  for (const [entity, rows] of Object.entries(records)) {
    if (!Object.hasOwn(entitySchemas, entity)) return `Loại bản ghi không được hỗ trợ: ${entity}`;
    const schema = entitySchemas[entity as EntityName];
    for (const [index, row] of rows.entries()) {
      const meta = recordMetaSchema.safeParse(row);
      const { _clock: _c, _deleted: _d, _sets: _s, ...fields } = (row ?? {}) as Record<string, unknown>;
      const parsed = schema.safeParse(fields);
      if (!meta.success || !parsed.success) {
        const issues = parsed.success ? ['thông tin đồng bộ không hợp lệ'] : formatZodIssues(parsed.error);
        return `${entityLabels[entity as EntityName]} thứ ${index + 1}: ${issues.slice(0, 3).join('; ')}`;
      }
    }
  }
  return null;
}

/**
 * Parses the text of a backup file. A file that is not JSON, not this app's backup, from a newer
 * version, or with any invalid record is refused with a reason the user can read.
 */
export function parseBackup(text: string): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: 'Tệp không phải bản sao lưu của Sổ tay Ban Chỉ đạo (không đọc được nội dung).',
    };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'Tệp không phải bản sao lưu của Sổ tay Ban Chỉ đạo.' };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return { ok: false, reason: 'Bản sao lưu được tạo bởi phiên bản mới hơn: hãy cập nhật ứng dụng.' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      reason: `Bản sao lưu bị hỏng: ${formatZodIssues(envelope.error).slice(0, 3).join('; ')}`,
    };
  }
  const problem = checkRecords(envelope.data.records);
  if (problem) return { ok: false, reason: `Bản sao lưu có dữ liệu không hợp lệ — ${problem}` };
  return { ok: true, backup: envelope.data as BackupFile };
}
