import type { Page } from '@playwright/test';

/**
 * An edit the screens would not offer, written the way an outdated or tampered client would: straight
 * into the working copy of `username` (record, stamp and outbox entry), past the write path and the
 * screens' rules. The server is then the only judge. Reload the page afterwards to see the value.
 */
export async function forceLocalEdit(
  page: Page,
  edit: { username: string; entity: string; recordId: string; fields: Record<string, unknown> },
): Promise<void> {
  await page.evaluate(async ({ username, entity, recordId, fields }) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error instanceof Error ? r.error : new Error('IndexedDB request failed'));
      });
    const open = (name: string) => request(indexedDB.open(name));
    const uuidv7 = () => {
      const time = Date.now().toString(16).padStart(12, '0');
      const random = crypto.randomUUID().replace(/-/g, '');
      return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(13, 16)}-8${random.slice(17, 20)}-${random.slice(20)}`;
    };
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('so-tay-')) continue;
      const db = await open(name);
      if (!db.objectStoreNames.contains('meta')) {
        db.close();
        continue;
      }
      const tx = db.transaction([entity, 'outbox', 'meta'], 'readwrite');
      const meta = tx.objectStore('meta');
      const owner = (await request(meta.get('owner'))) as { value?: { username?: string } } | undefined;
      if (owner?.value?.username !== username) {
        tx.abort();
        db.close();
        continue;
      }
      const clock = (await request(meta.get('clock'))) as { value: { nodeId: string } };
      const stamp = `${String(Date.now()).padStart(15, '0')}-0000-${clock.value.nodeId}`;
      const table = tx.objectStore(entity);
      const record = (await request(table.get(recordId))) as Record<string, unknown> & {
        _clock: Record<string, string>;
        spaceId: string;
      };
      const base = Object.fromEntries(Object.keys(fields).map((f) => [f, record._clock[f] ?? null]));
      const clockOf = { ...record._clock, ...Object.fromEntries(Object.keys(fields).map((f) => [f, stamp])) };
      table.put({ ...record, ...fields, _clock: clockOf });
      tx.objectStore('outbox').add({
        changeId: uuidv7(),
        entity,
        recordId,
        spaceId: record.spaceId,
        hlc: stamp,
        fields,
        base,
        createdAt: Date.now(),
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error instanceof Error ? tx.error : new Error('transaction failed'));
      });
      db.close();
      return;
    }
    throw new Error(`no working copy of ${username} on this page`);
  }, edit);
}
