import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { PreviousUpload, UrlStorage } from 'tus-js-client';
import { writeFileAtomic } from '../files/atomic-write.ts';

type Stored = Omit<PreviousUpload, 'urlStorageKey'>;

/**
 * tus-js-client's UrlStorage on disk (`<profile>/blobs/tus-uploads.json`): the address of every upload the
 * server has created and not finished, under its fingerprint. In Node tus-js-client forgets them by
 * default, so a restart would start every upload again from byte 0; kept here, the next start asks the
 * server (HEAD) how far it got and sends only the rest. Written atomically, one change at a time.
 */
export function createFileUrlStorage(file: string): UrlStorage {
  let items: Map<string, Stored> | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<Map<string, Stored>> => {
    if (items) return items;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      // None yet, or unreadable: the uploads start again (the server's partial ones expire).
    }
    items = new Map(
      parsed && typeof parsed === 'object' ? Object.entries(parsed as Record<string, Stored>) : [],
    );
    return items;
  };

  /** One change after another, each saved before the next starts. */
  const change = <T>(work: (all: Map<string, Stored>) => T): Promise<T> => {
    const run = chain.then(async () => {
      const all = await load();
      const result = work(all);
      await writeFileAtomic(file, JSON.stringify(Object.fromEntries(all)));
      return result;
    });
    chain = run.catch(() => undefined);
    return run;
  };

  const find = async (prefix: string): Promise<PreviousUpload[]> => {
    await chain;
    const all = await load();
    return [...all]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, upload]) => ({ ...upload, urlStorageKey: key }));
  };

  return {
    findAllUploads: () => find('tus::'),
    findUploadsByFingerprint: (fingerprint) => find(`tus::${fingerprint}::`),
    removeUpload: (key) =>
      change((all) => {
        all.delete(key);
      }),
    addUpload: (fingerprint, upload) =>
      change((all) => {
        const key = `tus::${fingerprint}::${randomBytes(6).toString('hex')}`;
        const { urlStorageKey: _ignored, ...stored } = upload as PreviousUpload;
        all.set(key, stored);
        return key;
      }),
  };
}
