import PouchDB from 'pouchdb-browser';
import type { BenchApi } from './api.ts';

/**
 * The classic offline-first peer: PouchDB replicating from a PouchDB server into its IndexedDB adapter
 * in this page, at its default batch size (null) or the one given.
 */
export const pouchApi: Pick<BenchApi, 'pouchReplicate'> = {
  async pouchReplicate(remoteUrl, dbName, batchSize) {
    const db = new PouchDB(dbName);
    const start = performance.now();
    const result = await db.replicate.from(remoteUrl, batchSize === null ? {} : { batch_size: batchSize });
    const ms = performance.now() - start;
    const info = await db.info();
    await db.close();
    if (!result.ok) throw new Error(`PouchDB replication failed after ${result.docs_written} docs`);
    return { ms, docs: info.doc_count };
  },
};
