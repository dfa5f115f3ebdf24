import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord } from '../db/write.ts';
import type { SyncEngine } from './engine.ts';
import { createSyncScheduler } from './scheduler.ts';

const ward = (name: string) =>
  ({ spaceId: 'directory', kind: 'ward', parentId: null, name, shortName: null }) as const;

/** An engine that only counts its rounds (each round resolves at once). */
function countingEngine() {
  const rounds: number[] = [];
  const engine = {
    syncOnce: async () => {
      rounds.push(Date.now());
      return { pushed: 0, pulled: 0, snapshotRecords: 0 };
    },
  } as unknown as SyncEngine;
  return { engine, rounds };
}

describe('the sync scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pushes one round shortly after a burst of edits, not one per edit', async () => {
    const { db, ctx } = createTestDb();
    const { engine, rounds } = countingEngine();
    const scheduler = createSyncScheduler({ engine, db, report: () => undefined, periodMs: 600_000 });
    for (const name of ['Phường Bồ Đề', 'Phường Đức Giang', 'Phường Gia Thụy']) {
      await createRecord(ctx, 'unit', ward(name));
    }
    expect(rounds).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(39);
    expect(rounds).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(rounds).toHaveLength(1);
    scheduler.stop();
  });

  it('still syncs within the max wait while edits keep coming faster than the debounce', async () => {
    const { db, ctx } = createTestDb();
    const { engine, rounds } = countingEngine();
    const scheduler = createSyncScheduler({
      engine,
      db,
      report: () => undefined,
      debounceMs: 100,
      maxWaitMs: 300,
      periodMs: 600_000,
    });
    const start = Date.now();
    for (let i = 0; i < 10; i += 1) {
      await createRecord(ctx, 'unit', ward(`Tổ dân phố số ${i + 1}`));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(rounds.length).toBeGreaterThanOrEqual(1);
    expect((rounds[0] ?? Infinity) - start).toBeLessThanOrEqual(300);
    scheduler.stop();
  });
});

describe('the sync scheduler during a round', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one more round right after, for an edit or a notice that came while a round ran', async () => {
    const { db, ctx } = createTestDb();
    const rounds: number[] = [];
    const round = { finish: (): void => undefined };
    const engine = {
      syncOnce: () => {
        rounds.push(Date.now());
        return new Promise((resolve) => {
          round.finish = () => resolve({ pushed: 0, pulled: 0, snapshotRecords: 0 });
        });
      },
    } as unknown as SyncEngine;
    const scheduler = createSyncScheduler({ engine, db, report: () => undefined, periodMs: 600_000 });
    scheduler.request();
    await vi.advanceTimersByTimeAsync(1);
    expect(rounds).toHaveLength(1);
    // An edit lands while the round is still running, then the round ends before the debounce would.
    await createRecord(ctx, 'unit', ward('Phường Thượng Thanh'));
    round.finish();
    await vi.advanceTimersByTimeAsync(1);
    expect(rounds).toHaveLength(2);
    // A live notice during that second round is not lost either.
    scheduler.request();
    round.finish();
    await vi.advanceTimersByTimeAsync(1);
    expect(rounds).toHaveLength(3);
    round.finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rounds).toHaveLength(3);
    scheduler.stop();
  });
});
