import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { blobRefSchema, type BlobRef } from '../../shared/sync/blobs-api.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { Logger } from '../log/logger.ts';

const queueFileSchema = z.object({
  version: z.literal(1),
  uploads: z.array(blobRefSchema.extend({ queuedAt: z.number().int() })),
});

export type QueuedUpload = BlobRef & { queuedAt: number };

const keyOf = (ref: { sha256: string; spaceId: string }) => `${ref.sha256} ${ref.spaceId}`;

/**
 * Which blobs still have to reach the server, and for which space: `<profile>/blobs/uploads.json`,
 * rewritten atomically on every change, so a blob committed before main stopped (or crashed) is sent
 * after the next start. One entry per (blob, space); a blob attached in two spaces is linked to both.
 */
export function createUploadQueue(file: string, log: Logger, now: () => number = Date.now) {
  let entries: Map<string, QueuedUpload> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const load = async (): Promise<Map<string, QueuedUpload>> => {
    if (entries) return entries;
    let loaded: QueuedUpload[] = [];
    try {
      const parsed = queueFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.success) loaded = parsed.data.uploads;
      else log.warn('files.queue_unreadable', { file });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        log.warn('files.queue_unreadable', { file, error: String(error) });
    }
    entries ??= new Map(loaded.map((entry) => [keyOf(entry), entry]));
    return entries;
  };

  const save = (map: Map<string, QueuedUpload>) => {
    const text = JSON.stringify({ version: 1, uploads: [...map.values()] });
    writing = writing.catch(() => undefined).then(() => writeFileAtomic(file, text));
    return writing;
  };

  return {
    async add(ref: BlobRef): Promise<void> {
      const map = await load();
      if (map.has(keyOf(ref))) return;
      map.set(keyOf(ref), { ...ref, queuedAt: now() });
      await save(map);
    },
    async remove(ref: { sha256: string; spaceId: string }): Promise<void> {
      const map = await load();
      if (!map.delete(keyOf(ref))) return;
      await save(map);
    },
    /** Oldest first. */
    list: async (): Promise<QueuedUpload[]> =>
      [...(await load()).values()].sort((a, b) => a.queuedAt - b.queuedAt),
    /** Whether the blob still waits to be sent for some space (so its local copy is the only one). */
    pending: async (sha256: string): Promise<boolean> =>
      [...(await load()).values()].some((entry) => entry.sha256 === sha256),
  };
}

export type UploadQueue = ReturnType<typeof createUploadQueue>;
