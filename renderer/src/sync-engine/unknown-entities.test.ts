import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../../shared/domain/registry.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import type { ServerChange } from '../../../shared/sync/protocol.ts';
import { laterStamp, scriptedServer } from '../../test/scripted-server.ts';
import { openLocalDb, type LocalDb } from '../db/local-db.ts';
import { applyMigrations, LATEST_SCHEMA_VERSION, migrations } from '../db/migrations.ts';
import { createSyncEngine } from './engine.ts';
import { loadSyncState } from './sync-state.ts';

/**
 * A newer server sends records of an entity this app does not know yet ("survey", a kind no release has):
 * they are kept while the cursor moves on, and merged into the entity's table once an upgrade brings it.
 */
const SURVEY = 'survey';

function surveyChange(recordId: string, fields: Record<string, unknown>, version: number): ServerChange {
  return {
    changeId: uuidv7(Date.now()),
    entity: SURVEY,
    recordId,
    spaceId: 'directory',
    hlc: laterStamp(),
    fields,
    version,
    userId: null,
  };
}

/** The same database after an upgrade whose release knows surveys: one more schema step with its table. */
function upgraded(name: string, factory: IDBFactory): LocalDb {
  const db = new Dexie(name, { indexedDB: factory, IDBKeyRange }) as LocalDb;
  applyMigrations(db, [
    ...migrations,
    {
      version: LATEST_SCHEMA_VERSION + 1,
      description: 'Phiếu khảo sát',
      stores: { [SURVEY]: 'id, spaceId, _deleted' },
    },
  ]);
  return db;
}

describe('records of an entity the app does not know', () => {
  it('are kept while the cursor moves past them, and applied in order once the app learns the entity', async () => {
    const factory = new IDBFactory();
    const name = `unknown-${uuidv7(Date.now())}`;
    const older = openLocalDb(name, { indexedDB: factory, IDBKeyRange });
    const kept = uuidv7(Date.now());
    const created = uuidv7(Date.now() + 1);
    const inSnapshot = laterStamp();
    const { transport } = scriptedServer({
      grants: ['directory'],
      snapshotPages: [
        [
          {
            entity: SURVEY,
            record: {
              id: kept,
              spaceId: 'directory',
              title: 'Khảo sát ý kiến cử tri',
              _deleted: 0,
              _clock: { title: inSnapshot },
            },
          },
        ],
      ],
      pullPages: [
        [surveyChange(kept, { title: 'Khảo sát ý kiến cử tri quý II' }, 11)],
        [surveyChange(created, { title: 'Khảo sát mới' }, 12)],
        [surveyChange(created, { title: 'Khảo sát mới, đã sửa' }, 13)],
      ],
    });
    await createSyncEngine({ db: older, transport }).syncOnce();
    expect((await loadSyncState(older)).cursor).toBe(13);
    older.close();

    const db = upgraded(name, factory);
    const { transport: quiet } = scriptedServer({
      grants: ['directory'],
      snapshotPages: [[]],
      pullPages: [],
    });
    await createSyncEngine({ db, transport: quiet, entities: [...entityNames, SURVEY] }).syncOnce();
    expect(await db.table(SURVEY).get(kept)).toMatchObject({ title: 'Khảo sát ý kiến cử tri quý II' });
    expect(await db.table(SURVEY).get(created)).toMatchObject({ title: 'Khảo sát mới, đã sửa', _deleted: 0 });
    // Applied once: the kept copies go when they are merged.
    expect(await db.table('unknownChanges').count()).toBe(0);
    db.close();
  });
});
