import { sampleRecords } from '../../shared/test-support/sample-records.ts';
import { programmeSpace } from '../../shared/domain/space.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import { entityNames } from '../../shared/domain/registry.ts';
import { businessFields } from '../../shared/sync/record.ts';
import type { SyncServerInfo } from '../../shared/sync/test-server-info.ts';
import type { LocalDb } from '../src/db/local-db.ts';
import { createRecord, type WriteContext } from '../src/db/write.ts';

/** The records one property run edits: a programme with two indicator results and three tasks. */
export interface World {
  programmeId: string;
  spaceId: string;
  taskIds: string[];
  periodIds: string[];
}

/** Client 0 creates them through the app's own write path, like a user would. */
export async function createWorld(write: WriteContext, programmeId: string): Promise<World> {
  const spaceId = programmeSpace(programmeId);
  const now = write.now();
  await createRecord(write, 'programme', { ...sampleRecords.programme, id: programmeId, spaceId });
  const indicatorId = uuidv7(now);
  await createRecord(write, 'indicator', {
    ...sampleRecords.indicator,
    id: indicatorId,
    spaceId,
    programmeId,
  });
  const periodIds: string[] = [];
  for (const year of [2021, 2022]) {
    const period = await createRecord(write, 'indicatorPeriod', {
      ...sampleRecords.indicatorPeriod,
      id: uuidv7(now),
      spaceId,
      programmeId,
      indicatorId,
      period: { year, kind: 'year' },
    });
    periodIds.push(period.id);
  }
  const taskIds: string[] = [];
  for (const n of [1, 2, 3]) {
    const task = await createRecord(write, 'task', {
      ...sampleRecords.task,
      id: uuidv7(now),
      spaceId,
      title: `Nhiệm vụ ${n} của chương trình`,
      source: { kind: 'programme', programmeId },
      deadline: null,
      deadlineText: null,
    });
    taskIds.push(task.id);
  }
  return { programmeId, spaceId, taskIds, periodIds };
}

/** Everything a replica holds in one space, as comparable plain data (tombstones included). */
export async function spaceState(db: LocalDb, spaceId: string): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> = {};
  for (const entity of entityNames) {
    const rows = await db.table(entity).where('spaceId').equals(spaceId).toArray();
    for (const row of rows.sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
      state[`${entity}:${row.id}`] = { ...businessFields(row), _deleted: row._deleted, _clock: row._clock };
    }
  }
  return state;
}

declare module 'vitest' {
  export interface ProvidedContext {
    syncServer: SyncServerInfo;
    syncServers: SyncServerInfo[];
  }
}
