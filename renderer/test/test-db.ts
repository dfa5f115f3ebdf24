import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLocalDb, type LocalDb } from '../src/db/local-db.ts';
import type { WriteContext } from '../src/db/write.ts';

let counter = 0;

/** A fresh local database over an in-memory IndexedDB, and a write context with a clock the test moves. */
export function createTestDb(start = Date.UTC(2022, 0, 5, 2, 0, 0)) {
  counter += 1;
  const db: LocalDb = openLocalDb(`test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let time = start;
  const ctx: WriteContext = { db, now: () => time, actorId: null };
  return {
    db,
    ctx,
    advance: (ms: number) => {
      time += ms;
    },
  };
}
