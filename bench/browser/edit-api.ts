import { liveQuery } from 'dexie';
import type { Task } from '../../shared/domain/task.ts';
import type { StoredRecord } from '../../shared/sync/record.ts';
import { openLocalDb } from '../../renderer/src/db/local-db.ts';
import { updateRecord } from '../../renderer/src/db/write.ts';
import type { BenchApi, LatencySample } from './api.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import { nextValue } from './common.ts';

type TaskRow = StoredRecord<Task>;

export const editApi: Pick<BenchApi, 'prepareTasks' | 'editLatency'> = {
  async prepareTasks(fromDb, toDb, count) {
    const source = openLocalDb(fromDb);
    const synced = await source.task.limit(count).toArray();
    source.close();
    if (synced.length === 0) throw new Error('no tasks synced');
    // Topped up with copies under fresh ids when the synced data holds fewer than `count` tasks.
    const tasks = [...synced];
    for (let i = 0; tasks.length < count; i += 1) {
      const template = synced[i % synced.length] ?? synced[0];
      if (template) tasks.push({ ...template, id: uuidv7(Date.now()) });
    }
    const target = openLocalDb(toDb);
    await target.task.bulkPut(tasks);
    const stored = await target.task.count();
    target.close();
    return stored;
  },

  async editLatency(dbName, mode, edits, warmup) {
    const db = openLocalDb(dbName);
    await db.open();
    const first = await db.task.toCollection().first();
    if (!first) throw new Error('no tasks');
    const unit = first.leadUnitId;
    // A list screen: up to 100 tasks of one lead unit, re-queried live.
    const query = (): Promise<TaskRow[]> => db.task.where('leadUnitId').equals(unit).limit(100).toArray();
    const ids = (await query()).map((t) => t.id);
    let latest: Map<string, number> = new Map();
    let waiter: { id: string; value: number; resolve: () => void } | null = null;
    const subscription = liveQuery(query).subscribe({
      next: (rows: TaskRow[]) => {
        latest = new Map(rows.map((row) => [row.id, row.progress]));
        if (waiter && latest.get(waiter.id) === waiter.value) {
          const w = waiter;
          waiter = null;
          w.resolve();
        }
      },
    });
    const ctx = { db, now: Date.now, actorId: null };
    const sample: LatencySample = { visibleMs: [], commitMs: [], listSize: ids.length };
    try {
      for (let i = 0; i < warmup + edits; i += 1) {
        const id = ids[i % ids.length] ?? first.id;
        const current = await db.task.get(id);
        if (!current) throw new Error(`task ${id} missing`);
        const value = nextValue(current.progress);
        const seen = new Promise<void>((resolve, reject) => {
          waiter = { id, value, resolve };
          setTimeout(() => reject(new Error('live query did not update within 5 s')), 5000);
        });
        const start = performance.now();
        if (mode === 'engine') await updateRecord(ctx, 'task', id, { progress: value });
        else if (mode === 'tx')
          // The raw put inside an explicit transaction over the write path's four tables.
          await db.transaction('rw', [db.task, db.outbox, db.history, db.meta], () =>
            db.task.put({ ...current, progress: value }),
          );
        else await db.task.put({ ...current, progress: value });
        const committed = performance.now();
        await seen;
        const visible = performance.now();
        if (i >= warmup) {
          sample.commitMs.push(committed - start);
          sample.visibleMs.push(visible - start);
        }
      }
    } finally {
      subscription.unsubscribe();
      db.close();
    }
    return sample;
  },
};
