import { entityNames } from '../../shared/domain/registry.ts';
import type { SnapshotResponse } from '../../shared/sync/protocol.ts';
import { openLocalDb } from '../../renderer/src/db/local-db.ts';
import { createSyncEngine } from '../../renderer/src/sync-engine/engine.ts';
import { createHttpTransport } from '../../renderer/src/sync-engine/http-transport.ts';
import type { BenchApi } from './api.ts';
import { client, countRecords, timedTransport, type TransportStats } from './common.ts';

/** Rows fetched by fetchSnapshot, kept for the raw bulkPut baseline. */
let fetched: SnapshotResponse['records'] = [];

type SyncApi = Pick<BenchApi, 'initialSync' | 'fetchSnapshot' | 'bulkPut' | 'dropFetched'>;

export const syncApi: SyncApi = {
  async initialSync(baseUrl, username, password, dbName, pageLimit) {
    const server = await client(baseUrl, username, password);
    const db = openLocalDb(dbName);
    await db.open();
    const stats: TransportStats = { ms: {}, calls: {} };
    const transport = timedTransport(createHttpTransport(server), stats);
    let firstPageMs = -1;
    const start = performance.now();
    const engine = createSyncEngine({
      db,
      transport,
      ...(pageLimit ? { snapshotPageLimit: pageLimit } : {}),
      onProgress: (p) => {
        if (p.phase === 'snapshot' && firstPageMs < 0) firstPageMs = performance.now() - start;
      },
    });
    await engine.syncOnce();
    const ms = performance.now() - start;
    const records = await countRecords(db);
    db.close();
    const transportMs = Object.values(stats.ms).reduce((a, b) => a + b, 0);
    return { ms, firstPageMs, transportMs, records, pages: stats.calls.snapshot ?? 0 };
  },

  async fetchSnapshot(baseUrl, username, password) {
    const server = await client(baseUrl, username, password);
    const start = performance.now();
    const rows: SnapshotResponse['records'] = [];
    let after: string | undefined;
    let pages = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const page = await server.snapshot({ after });
      pages += 1;
      rows.push(...page.records);
      if (page.after === null) break;
      after = page.after;
    }
    const ms = performance.now() - start;
    fetched = rows;
    return { ms, records: rows.length, pages, bytes: JSON.stringify(rows).length };
  },

  async bulkPut(dbName) {
    const db = openLocalDb(dbName);
    await db.open();
    const byEntity = new Map<string, unknown[]>();
    for (const { entity, record } of fetched) {
      const list = byEntity.get(entity) ?? [];
      list.push(record);
      byEntity.set(entity, list);
    }
    const start = performance.now();
    await db.transaction(
      'rw',
      entityNames.map((name) => db.table(name)),
      async () => {
        for (const [entity, rows] of byEntity) await db.table(entity).bulkPut(rows);
      },
    );
    const ms = performance.now() - start;
    const records = await countRecords(db);
    db.close();
    return { ms, records };
  },

  async dropFetched() {
    fetched = [];
  },
};
