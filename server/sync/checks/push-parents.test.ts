import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { programmeSpace } from '../../../shared/domain/space.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import {
  meetingRecord,
  newId,
  programmeRecord,
  taskRecord,
  taskUpdateRecord,
  TestReplica,
} from '../../test/records.ts';
import { pushBatch } from '../../test/sync-client.ts';

/**
 * A child record lives in its parent's space (a progress report in its task's, a period's figures in
 * its indicator's, a comment in its agenda item's): a change that links a record to a parent the server
 * holds in another space is refused (`invalid`, message `parent_space`), whoever sends it — a writer of
 * one programme cannot hang a report on another programme's task. A parent sent earlier in the same push
 * counts; one the server does not hold at all is not checked (see shared/domain/parents.ts).
 */
describe.each(backends)('parents in the same space on $name', (backend) => {
  let server: TestServer;
  let adminToken = '';
  let writerToken = '';
  const admin = new TestReplica('admin');
  const unitId = newId();
  const mine = programmeRecord();
  const theirs = programmeRecord();
  const theirTask = taskRecord(theirs.id, unitId);
  const myTask = taskRecord(mine.id, unitId);
  const theirIndicator = {
    ...sampleRecords.indicator,
    id: newId(),
    spaceId: theirs.spaceId,
    programmeId: theirs.id,
  };
  const theirPlan = { ...sampleRecords.plan, id: newId(), spaceId: theirs.spaceId, programmeId: theirs.id };
  const meetingA = meetingRecord();
  const meetingB = meetingRecord();
  const itemB = {
    ...sampleRecords.agendaItem,
    id: newId(),
    spaceId: meetingB.spaceId,
    meetingId: meetingB.id,
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    const setup = await pushBatch(
      server,
      adminToken,
      admin.batch([
        admin.create('programme', mine),
        admin.create('programme', theirs),
        admin.create('task', theirTask),
        admin.create('task', myTask),
        admin.create('indicator', theirIndicator),
        admin.create('plan', theirPlan),
        admin.create('meeting', meetingA),
        admin.create('meeting', meetingB),
        admin.create('agendaItem', itemB),
      ]),
    );
    expect(setup.results.every((r) => r.status === 'accepted')).toBe(true);
    const writer = await createTestUser(server, { grants: [{ spaceId: mine.spaceId, role: 'write' }] });
    writerToken = (await login(server, writer)).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  async function pushAll(
    token: string,
    replica: TestReplica,
    changes: RecordChange[],
  ): Promise<PushResult[]> {
    return (await pushBatch(server, token, replica.batch(changes))).results;
  }

  const outcome = (result: PushResult | undefined) =>
    result?.status === 'accepted' ? 'accepted' : `${result?.code}:${result?.message?.key}`;

  it('refuses a progress report of one programme on a task of another', async () => {
    const writer = new TestReplica('writer-pc');
    const report = { ...taskUpdateRecord(theirTask, unitId), spaceId: mine.spaceId };
    const [result] = await pushAll(writerToken, writer, [writer.create('taskUpdate', report)]);
    expect(outcome(result)).toBe('invalid:parent_space');
    expect(result?.status === 'rejected' && result.message?.params).toEqual({
      field: 'taskId',
      parent: 'task',
    });
    expect(result?.status === 'rejected' && result.reason).toMatch(/«Nhiệm vụ»/);
    // Nothing of the other space is told: not its id.
    expect(result?.status === 'rejected' && result.reason).not.toContain(theirs.id);
  });

  it('refuses moving an existing report onto a task of another space', async () => {
    const writer = new TestReplica('writer-pc');
    const report = taskUpdateRecord(myTask, unitId);
    const [created] = await pushAll(writerToken, writer, [writer.create('taskUpdate', report)]);
    expect(created?.status).toBe('accepted');
    const [moved] = await pushAll(writerToken, writer, [
      writer.update('taskUpdate', report, { taskId: theirTask.id }),
    ]);
    expect(outcome(moved)).toBe('invalid:parent_space');
  });

  it('refuses every kind of cross-space link, even from an admin who may write both spaces', async () => {
    const period = {
      ...sampleRecords.indicatorPeriod,
      id: newId(),
      spaceId: mine.spaceId,
      programmeId: mine.id,
      indicatorId: theirIndicator.id,
    };
    const planned = taskRecord(mine.id, unitId, {
      source: { kind: 'plan', planId: theirPlan.id, programmeId: mine.id },
    });
    const comment = {
      ...sampleRecords.comment,
      id: newId(),
      spaceId: meetingA.spaceId,
      meetingId: meetingA.id,
      agendaItemId: itemB.id,
      submittedAt: null,
    };
    const speech = {
      ...sampleRecords.speech,
      id: newId(),
      spaceId: meetingA.spaceId,
      meetingId: meetingA.id,
      agendaItemId: itemB.id,
    };
    const results = await pushAll(adminToken, admin, [
      admin.create('indicatorPeriod', period),
      admin.create('task', planned),
      admin.create('comment', comment),
      admin.create('speech', speech),
    ]);
    expect(results.map(outcome)).toEqual(Array(4).fill('invalid:parent_space'));
    expect(results.map((r) => r.status === 'rejected' && r.message?.params.field)).toEqual([
      'indicatorId',
      'source',
      'agendaItemId',
      'agendaItemId',
    ]);
  });

  it('takes a parent sent earlier in the same push, and a parent the server does not hold', async () => {
    const writer = new TestReplica('writer-pc');
    const task = taskRecord(mine.id, unitId);
    const results = await pushAll(writerToken, writer, [
      writer.create('task', task),
      writer.create('taskUpdate', taskUpdateRecord(task, unitId)),
      writer.create('taskUpdate', taskUpdateRecord({ id: newId(), spaceId: mine.spaceId }, unitId)),
    ]);
    expect(results.map(outcome)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('refuses a child whose parent is earlier in the push but in another space', async () => {
    const task = taskRecord(theirs.id, unitId);
    const report = { ...taskUpdateRecord(task, unitId), spaceId: programmeSpace(mine.id) };
    const results = await pushAll(adminToken, admin, [
      admin.create('task', task),
      admin.create('taskUpdate', report),
    ]);
    expect(results.map(outcome)).toEqual(['accepted', 'invalid:parent_space']);
  });
});
