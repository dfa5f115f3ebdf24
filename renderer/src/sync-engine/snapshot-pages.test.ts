import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { formatHlc } from '../../../shared/hlc/index.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import type { SnapshotResponse } from '../../../shared/sync/protocol.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord } from '../db/write.ts';
import { createSyncEngine } from './engine.ts';
import { loadSyncState } from './sync-state.ts';
import type { SyncTransport } from './transport.ts';
import { accessAnswer } from '../../test/access-answer.ts';

const WARDS = ['Bồ Đề', 'Đức Giang', 'Gia Thụy', 'Giang Biên', 'Long Biên', 'Ngọc Lâm'];

/** The six wards as stored records, two per snapshot page. */
function pages(): SnapshotResponse[] {
  const stamp = formatHlc({ wallMs: Date.UTC(2023, 3, 18), counter: 0, nodeId: '5e4e5e4e5e4e5e4e' });
  const records = WARDS.map((name, i) => ({
    entity: 'unit',
    record: {
      ...sampleRecords.unit,
      id: uuidv7(Date.UTC(2023, 3, 18) + i),
      kind: 'ward',
      name: `Phường ${name}`,
      shortName: name,
      _deleted: 0,
      _clock: { kind: stamp, name: stamp, shortName: stamp, parentId: stamp },
    },
  }));
  return [0, 1, 2].map((p) => ({
    records: records.slice(p * 2, p * 2 + 2),
    after: p < 2 ? `page-${p + 1}` : null,
    cursor: 42,
    serverTime: Date.now(),
  }));
}

function pagedTransport(failOnce: string | null, served: SnapshotResponse[] = pages()) {
  const log: string[] = [];
  let failing = failOnce;
  const transport = {
    access: async () => accessAnswer(['directory']),
    snapshot: async (after?: string, limit?: number) => {
      log.push(`request ${after ?? 'start'}${limit ? ` ×${limit}` : ''}`);
      if (after === failing) {
        failing = null;
        throw new Error('connection dropped');
      }
      const index = after === undefined ? 0 : Number(after.slice(5));
      const page = served[index];
      if (!page) throw new Error(`no page ${after}`);
      return page;
    },
    push: async () => ({ results: [], serverTime: Date.now() }),
    pull: async (cursor: number) => ({ changes: [], cursor, hasMore: false, serverTime: Date.now() }),
    conflicts: async () => ({ conflicts: [] }),
  } as unknown as SyncTransport;
  return { transport, log };
}

describe('the initial snapshot', () => {
  it('asks for the next page before writing the current one, and writes every page in order', async () => {
    const { db } = createTestDb();
    const { transport, log } = pagedTransport(null);
    const engine = createSyncEngine({
      db,
      transport,
      snapshotPageLimit: 2,
      onProgress: (p) => {
        if (p.phase === 'snapshot') log.push(`applied ${p.done}`);
      },
    });
    await engine.syncOnce();
    expect(log).toEqual([
      'request start',
      'request page-1 ×2',
      'applied 2',
      'request page-2 ×2',
      'applied 4',
      'applied 6',
    ]);
    expect((await db.unit.toArray()).map((u) => u.shortName).sort()).toEqual([...WARDS].sort());
  });

  it('resumes after the last page written when a prefetched page fails', async () => {
    const { db } = createTestDb();
    const { transport, log } = pagedTransport('page-2');
    const engine = createSyncEngine({ db, transport });
    await expect(engine.syncOnce()).rejects.toThrow('connection dropped');
    expect(await db.unit.count()).toBe(4);
    expect((await loadSyncState(db)).snapshotFresh).toBe(true);
    log.length = 0;
    await engine.syncOnce();
    expect(log).toEqual(['request page-2 ×2000']);
    expect(await db.unit.count()).toBe(6);
    expect(await loadSyncState(db)).toMatchObject({ snapshotDone: true, snapshotFresh: false, cursor: 42 });
  });

  it('merges into a replica that already has records: its own newer edit is kept', async () => {
    const { db, ctx } = createTestDb(Date.UTC(2024, 0, 2));
    const served = pages();
    const id = String(served[0]?.records[0]?.record.id);
    await createRecord(ctx, 'unit', {
      ...sampleRecords.unit,
      id,
      kind: 'ward',
      name: 'Phường Bồ Đề (đã sửa trên máy)',
      shortName: 'Bồ Đề',
    });
    const before = await db.unit.count();
    const { transport } = pagedTransport(null, served);
    await createSyncEngine({ db, transport }).syncOnce();
    expect((await db.unit.get(id))?.name).toBe('Phường Bồ Đề (đã sửa trên máy)');
    expect(await db.unit.count()).toBe(before + 5);
  });
});
