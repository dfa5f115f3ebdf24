import { randomBytes } from 'node:crypto';
import { sampleRecords } from '../../shared/test-support/sample-records.ts';
import { DIRECTORY_SPACE, meetingSpace, programmeSpace } from '../../shared/domain/space.ts';
import { createHlc, hlcTick, type HlcState } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import { SYNC_SCHEMA_VERSION, type PushRequest } from '../../shared/sync/protocol.ts';

/** Valid records with fresh ids, and changes stamped by a per-client HLC, for the server tests. */
export const newId = () => uuidv7(Date.now());

export function unitRecord(overrides: Record<string, unknown> = {}) {
  return { ...sampleRecords.unit, id: newId(), spaceId: DIRECTORY_SPACE, ...overrides };
}

export function programmeRecord(overrides: Record<string, unknown> = {}) {
  const id = newId();
  return { ...sampleRecords.programme, id, spaceId: programmeSpace(id), ...overrides };
}

export function meetingRecord(overrides: Record<string, unknown> = {}) {
  const id = newId();
  return { ...sampleRecords.meeting, id, spaceId: meetingSpace(id), ...overrides };
}

/** A task under a programme, led by `leadUnitId`. */
export function taskRecord(programmeId: string, leadUnitId: string, overrides: Record<string, unknown> = {}) {
  return {
    ...sampleRecords.task,
    id: newId(),
    spaceId: programmeSpace(programmeId),
    source: { kind: 'programme', programmeId },
    leadUnitId,
    cooperatingUnitIds: [],
    ...overrides,
  };
}

export function taskUpdateRecord(task: { id: string; spaceId: string }, unitId: string) {
  return { ...sampleRecords.taskUpdate, id: newId(), spaceId: task.spaceId, taskId: task.id, unitId };
}

/** One replica: its node id, its clock, its client id. */
export class TestReplica {
  readonly clientId: string;
  private state: HlcState;

  constructor(clientId = `client-${randomBytes(4).toString('hex')}`) {
    this.clientId = clientId;
    this.state = createHlc(randomBytes(8).toString('hex'));
  }

  tick(wallNow = Date.now()): string {
    const { state, stamp } = hlcTick(this.state, wallNow);
    this.state = state;
    return stamp;
  }

  create(entity: string, record: { id: string; spaceId: string }): RecordChange {
    const { id, spaceId, ...fields } = record as Record<string, unknown> & { id: string; spaceId: string };
    return { changeId: newId(), entity, recordId: id, spaceId, hlc: this.tick(), fields };
  }

  update(
    entity: string,
    record: { id: string; spaceId: string },
    fields: Record<string, unknown>,
    extra: Partial<RecordChange> = {},
  ): RecordChange {
    return {
      changeId: newId(),
      entity,
      recordId: record.id,
      spaceId: record.spaceId,
      hlc: this.tick(),
      fields,
      ...extra,
    };
  }

  remove(entity: string, record: { id: string; spaceId: string }): RecordChange {
    return { ...this.update(entity, record, {}), deleted: true };
  }

  batch(changes: RecordChange[]): PushRequest {
    return { schemaVersion: SYNC_SCHEMA_VERSION, clientId: this.clientId, changes };
  }
}
