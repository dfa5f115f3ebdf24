import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import type { SnapshotResponse } from '../../../shared/sync/protocol.ts';
import { accessAnswer } from '../../test/access-answer.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord } from '../db/write.ts';
import { createSyncEngine } from './engine.ts';
import { loadSyncState } from './sync-state.ts';
import { TransportError, type SyncTransport } from './transport.ts';

/**
 * A server whose snapshot comes in two pages and whose space order can move between them: like the real
 * one, a position handed out before the move is answered 410 `resync_required` (every time it is asked).
 */
function reorderingServer() {
  let epoch = 0;
  const calls: string[] = [];
  const pushed: string[] = [];
  const server = {
    calls,
    pushed,
    /** Another office changes a programme's end year: the order of spaces moves. */
    reorder: () => {
      epoch += 1;
    },
    onFirstPage: (): void => undefined,
  };
  const page = (after: string | null, cursor: number): SnapshotResponse => ({
    records: [],
    after,
    cursor,
    serverTime: Date.now(),
  });
  const transport: SyncTransport = {
    access: async () => accessAnswer(['directory']),
    snapshot: async (after) => {
      calls.push(after === undefined ? 'snapshot' : `snapshot:${after}`);
      if (after === undefined) {
        const first = page(`p2@${epoch}`, 20);
        server.onFirstPage();
        return first;
      }
      if (after !== `p2@${epoch}`) throw new TransportError('resync_required', 'Thứ tự dữ liệu vừa thay đổi');
      return page(null, 20);
    },
    push: async (changes) => {
      pushed.push(...changes.map((c) => c.changeId));
      return {
        results: changes.map((c, i) => ({
          changeId: c.changeId,
          status: 'accepted' as const,
          version: 30 + i,
          conflicts: [],
        })),
        serverTime: Date.now(),
      };
    },
    pull: async (cursor) => ({ changes: [], cursor, hasMore: false, serverTime: Date.now() }),
    conflicts: async () => ({ conflicts: [] }),
  };
  return { server, transport };
}

describe('one resync path', () => {
  it('a first sync cut by a reorder between snapshot pages finishes on the next round, and its offline edits leave', async () => {
    const { db, ctx } = createTestDb();
    await createRecord(ctx, 'unit', { ...sampleRecords.unit, id: undefined, name: 'Phường Bồ Đề' });
    const { server, transport } = reorderingServer();
    server.onFirstPage = () => {
      server.reorder();
      server.onFirstPage = () => undefined;
    };
    const engine = createSyncEngine({ db, transport });
    // The round may or may not finish at once; the promise is that it never gets stuck.
    for (let round = 0; round < 2; round += 1) await engine.syncOnce().catch(() => undefined);
    expect(server.pushed).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
    expect((await loadSyncState(db)).snapshotDone).toBe(true);
    // The stale position was asked for once; the snapshot then started over from its first page.
    expect(server.calls.filter((c) => c === 'snapshot:p2@0')).toHaveLength(1);
    expect(server.calls).toContain('snapshot:p2@1');
  });

  it('a pull answered "resync required" takes a new snapshot in the same round', async () => {
    const { db } = createTestDb();
    const { server, transport } = reorderingServer();
    let compacted = false;
    const pulls: number[] = [];
    const engine = createSyncEngine({
      db,
      transport: {
        ...transport,
        pull: async (cursor) => {
          pulls.push(cursor);
          if (!compacted) {
            compacted = true;
            throw new TransportError('resync_required', 'Nhật ký đã được thu gọn');
          }
          return { changes: [], cursor, hasMore: false, serverTime: Date.now() };
        },
      },
    });
    await engine.syncOnce();
    expect(server.calls.filter((c) => c === 'snapshot')).toHaveLength(2);
    expect(pulls).toEqual([20, 20]);
  });

  it('gives up a round after a few resyncs in a row, with the outbox already pushed', async () => {
    const { db, ctx } = createTestDb();
    await createRecord(ctx, 'unit', { ...sampleRecords.unit, id: undefined, name: 'Phường Gia Thụy' });
    const { server, transport } = reorderingServer();
    server.onFirstPage = () => server.reorder(); // another office keeps moving the order
    const engine = createSyncEngine({ db, transport });
    await expect(engine.syncOnce()).rejects.toThrow(TransportError);
    expect(server.pushed).toHaveLength(1);
    expect(server.calls.filter((c) => c === 'snapshot')).toHaveLength(3);
  });
});
