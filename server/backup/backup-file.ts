import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, open, rename, rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { AdminError } from '../admin/user-admin.ts';
import type { ServerKey } from '../../shared/i18n/server-vi.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import type { MessageParams } from '../../shared/i18n/locale.ts';

/**
 * A district backup is one file: a magic line, one line of JSON (the manifest: which kind of database,
 * when, and the list of parts with their sizes and SHA-256), then the parts' bytes one after another in
 * the manifest's order. The magic line tells a backup from any other file, the sizes a truncated one,
 * the checksums a damaged one — all checked before anything is restored.
 */
export const BACKUP_MAGIC = 'COMMITTEE-DISTRICT-BACKUP 1\n';
const MAX_HEADER = 64 * 1024;

/** A refusal the operator can act on (the command line prints its message alone). */
export class BackupError extends AdminError {
  constructor(key: ServerKey, params?: MessageParams) {
    super(serverMessage(key, params));
    this.name = 'BackupError';
  }
}

export type BackupKind = 'pglite' | 'postgres';

/**
 * What a backup holds, part by part. Today only the database itself, in the form its engine dumps it.
 * Blobs (attachments) and document logs, when the server keeps them, join this list as parts of their
 * own kind — written by `backup` after the database part and restored by `restore` — so an older server
 * refuses a backup holding a part it does not know instead of restoring it half.
 */
export const BACKUP_PART_KINDS = [
  /** PGlite's `dumpDataDir()` tarball of DATA_DIR/pgdata, gzip-compressed. */
  'pglite-data-dir',
  /** `pg_dump --format=custom` of the PostgreSQL database. */
  'postgres-dump',
] as const;
export type BackupPartKind = (typeof BACKUP_PART_KINDS)[number];

const partSchema = z
  .object({
    kind: z.string(),
    bytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

const manifestSchema = z
  .object({
    app: z.literal('committee-server'),
    formatVersion: z.literal(1),
    kind: z.enum(['pglite', 'postgres']),
    createdAt: z.string(),
    /** The newest schema migration applied in the backed-up database. */
    schemaVersion: z.number().int(),
    /** PostgreSQL only: the schema the dump holds when the server worked in a named one (tests). */
    pgSchema: z.string().optional(),
    parts: z.array(partSchema).min(1),
  })
  .strict();

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupPart = BackupManifest['parts'][number];

/** A part written to a file of its own first, to be copied into the backup. */
export interface PartFile {
  kind: BackupPartKind;
  path: string;
}

async function hashFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function refuseExisting(file: string): Promise<void> {
  if (await exists(file)) throw new BackupError('backup.fileExists', { file });
}

/** Puts `partial` at `file` unless a file is there already (a hard link cannot replace one). */
async function placeWithoutOverwrite(partial: string, file: string): Promise<void> {
  try {
    await link(partial, file);
    await rm(partial, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new BackupError('backup.fileExists', { file });
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    await refuseExisting(file); // a filesystem without hard links (FAT, exFAT)
    await rename(partial, file);
  }
}

/** Writes the backup file (to a partial file, synced, then put in place); returns its manifest. */
export async function writeBackupFile(
  file: string,
  header: Omit<BackupManifest, 'parts' | 'app' | 'formatVersion' | 'createdAt'>,
  parts: readonly PartFile[],
): Promise<BackupManifest> {
  const listed: BackupPart[] = [];
  for (const part of parts) listed.push({ kind: part.kind, ...(await hashFile(part.path)) });
  const manifest: BackupManifest = {
    app: 'committee-server',
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    ...header,
    parts: listed,
  };
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    const handle = await open(partial, 'wx');
    try {
      await handle.write(`${BACKUP_MAGIC}${JSON.stringify(manifest)}\n`);
      for (const part of parts) {
        for await (const chunk of createReadStream(part.path) as AsyncIterable<Buffer>)
          await handle.write(chunk);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await placeWithoutOverwrite(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError('backup.cannotWrite', { file, error: String(error) });
  }
  return manifest;
}

/** An opened, checked backup: its manifest and a reader for each part's bytes. */
export interface BackupReader {
  manifest: BackupManifest;
  part(kind: BackupPartKind): Readable;
  /** A part's bytes in memory (PGlite loads its data folder from one Blob anyway). */
  partBuffer(kind: BackupPartKind): Promise<Buffer>;
}

async function readHeader(file: string): Promise<{ manifest: BackupManifest; start: number; size: number }> {
  let head: Buffer;
  let size: number;
  try {
    const handle = await open(file, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(Math.min(size, MAX_HEADER));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new BackupError('backup.cannotRead', { file, error: String(error) });
  }
  if (!head.subarray(0, BACKUP_MAGIC.length).equals(Buffer.from(BACKUP_MAGIC)))
    throw new BackupError('backup.notABackup', { file });
  const end = head.indexOf(0x0a, BACKUP_MAGIC.length);
  if (end < 0) throw new BackupError('backup.badManifest', { file, issue: 'no end of line' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(head.subarray(BACKUP_MAGIC.length, end).toString('utf8'));
  } catch (error) {
    throw new BackupError('backup.badManifest', { file, issue: (error as Error).message });
  }
  const checked = manifestSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new BackupError('backup.badManifest', {
      file,
      issue: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    });
  }
  return { manifest: checked.data, start: end + 1, size };
}

function rangeHash(file: string, start: number, bytes: number): Promise<string> {
  return (async () => {
    const hash = createHash('sha256');
    if (bytes === 0) return hash.digest('hex');
    const stream = createReadStream(file, { start, end: start + bytes - 1 });
    for await (const chunk of stream as AsyncIterable<Buffer>) hash.update(chunk);
    return hash.digest('hex');
  })();
}

/** Opens a backup, refusing anything but a whole one this version can restore. Reads only. */
export async function openBackupFile(file: string): Promise<BackupReader> {
  const { manifest, start, size } = await readHeader(file);
  const unknown = manifest.parts.find(
    (part) => !(BACKUP_PART_KINDS as readonly string[]).includes(part.kind),
  );
  if (unknown) throw new BackupError('backup.unknownPart', { file, part: unknown.kind });
  const expected = start + manifest.parts.reduce((sum, part) => sum + part.bytes, 0);
  if (size !== expected) throw new BackupError('backup.truncated', { file, size, expected });
  const ranges = new Map<string, { start: number; bytes: number }>();
  let offset = start;
  for (const part of manifest.parts) {
    if ((await rangeHash(file, offset, part.bytes)) !== part.sha256)
      throw new BackupError('backup.checksum', { file, part: part.kind });
    ranges.set(part.kind, { start: offset, bytes: part.bytes });
    offset += part.bytes;
  }
  const rangeOf = (kind: BackupPartKind) => {
    const range = ranges.get(kind);
    if (!range) throw new BackupError('backup.badManifest', { file, issue: `no part ${kind}` });
    return range;
  };
  const part = (kind: BackupPartKind): Readable => {
    const range = rangeOf(kind);
    return createReadStream(file, { start: range.start, end: range.start + range.bytes - 1 });
  };
  return {
    manifest,
    part,
    partBuffer: async (kind) => {
      const chunks: Buffer[] = [];
      for await (const chunk of part(kind) as AsyncIterable<Buffer>) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
  };
}
