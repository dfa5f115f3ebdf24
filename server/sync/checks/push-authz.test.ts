import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_SPACE } from '../../../shared/domain/space.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult, Role } from '../../../shared/sync/protocol.ts';
import { formatRefusal } from '../../../shared/sync/refusal-messages.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import {
  meetingRecord,
  newId,
  programmeRecord,
  taskRecord,
  taskUpdateRecord,
  TestReplica,
  unitRecord,
} from '../../test/records.ts';
import { pushBatch } from '../../test/sync-client.ts';

type SpaceKind = 'directory' | 'programme' | 'meeting';
type Op = 'create' | 'update-title' | 'update-status' | 'delete';
type Target = { entity: string; make: () => { id: string; spaceId: string } };

const ward = unitRecord({ kind: 'ward', name: 'Phường Bồ Đề' });
const otherUnit = unitRecord({ kind: 'department', name: 'Ban Tuyên giáo' });
const programme = programmeRecord();
const meeting = meetingRecord();

const targets: Record<SpaceKind, Target> = {
  directory: { entity: 'unit', make: () => unitRecord() },
  programme: { entity: 'task', make: () => taskRecord(programme.id, otherUnit.id) },
  // A task of no source now lives in its lead unit's own space (issue 15): the meeting's record here is
  // an agenda item.
  meeting: {
    entity: 'agendaItem',
    make: () => ({
      ...sampleRecords.agendaItem,
      id: newId(),
      spaceId: meeting.spaceId,
      meetingId: meeting.id,
      presenterId: null,
    }),
  },
};
const spaceOf: Record<SpaceKind, string> = {
  directory: DIRECTORY_SPACE,
  programme: programme.spaceId,
  meeting: meeting.spaceId,
};
const editOf: Record<SpaceKind, Record<'update-title' | 'update-status', Record<string, unknown>>> = {
  directory: { 'update-title': { name: 'Tên mới' }, 'update-status': { kind: 'office' } },
  programme: { 'update-title': { title: 'Tiêu đề mới' }, 'update-status': { status: 'done' } },
  meeting: { 'update-title': { title: 'Tiêu đề mới' }, 'update-status': { order: 2 } },
};

const roles = ['none', 'read', 'write', 'manage'] as const;
const ops: Op[] = ['create', 'update-title', 'update-status', 'delete'];
const mayWrite = (kind: SpaceKind, role: Role | 'none') =>
  kind === 'directory' ? role === 'manage' : role === 'write' || role === 'manage';
const matrix = (['directory', 'programme', 'meeting'] as const).flatMap((kind) =>
  roles.flatMap((role) => ops.map((op) => ({ kind, role, op, accepted: mayWrite(kind, role) }))),
);

describe.each(backends)('push authorisation on $name', (backend) => {
  let server: TestServer;
  const admin = new TestReplica('admin');
  const existing = new Map<string, { id: string; spaceId: string }>();
  const tokens = new Map<string, string>();
  const wardTask = taskRecord(programme.id, ward.id);
  let wardToken = '';

  beforeAll(async () => {
    server = await startTestServer(backend);
    const adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    const setup: RecordChange[] = [ward, otherUnit].map((unit) => admin.create('unit', unit));
    setup.push(
      admin.create('programme', programme),
      admin.create('meeting', meeting),
      admin.create('task', wardTask),
    );
    for (const { kind, role, op } of matrix) {
      const record = targets[kind].make();
      existing.set(`${kind}/${role}/${op}`, record);
      if (op !== 'create') setup.push(admin.create(targets[kind].entity, record));
    }
    const answer = await pushBatch(server, adminToken, admin.batch(setup));
    expect(answer.results.every((r) => r.status === 'accepted')).toBe(true);
    for (const kind of ['directory', 'programme', 'meeting'] as const) {
      for (const role of roles) {
        const grants = role === 'none' ? [] : [{ spaceId: spaceOf[kind], role }];
        tokens.set(
          `${kind}/${role}`,
          (await login(server, await createTestUser(server, { grants }))).accessToken,
        );
      }
    }
    const official = await createTestUser(server, {
      unitId: ward.id,
      grants: [{ spaceId: programme.spaceId, role: 'read' }],
    });
    wardToken = (await login(server, official)).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  async function pushOne(token: string, change: RecordChange): Promise<PushResult> {
    const response = await pushBatch(server, token, new TestReplica().batch([change]));
    const [result] = response.results;
    if (!result) throw new Error('no result');
    return result;
  }

  it.each(matrix)('$role on $kind: $op → accepted $accepted', async ({ kind, role, op, accepted }) => {
    const client = new TestReplica();
    const record = existing.get(`${kind}/${role}/${op}`);
    if (!record) throw new Error('no target');
    const entity = targets[kind].entity;
    const change =
      op === 'create'
        ? client.create(entity, record)
        : op === 'delete'
          ? client.remove(entity, record)
          : client.update(entity, record, editOf[kind][op]);
    const result = await pushOne(tokens.get(`${kind}/${role}`) ?? '', change);
    expect(result.status).toBe(accepted ? 'accepted' : 'rejected');
    if (result.status === 'rejected') {
      expect(result.code).toBe('forbidden');
      // The access rules' own wording travels as a key and parameters too, words back to the reason.
      expect(result.message && formatRefusal(result.message, 'vi')).toBe(result.reason);
    }
  });

  it('lets the lead unit update status and progress of its task, nothing else', async () => {
    const client = new TestReplica('ward-pc');
    expect(
      (await pushOne(wardToken, client.update('task', wardTask, { status: 'done', progress: 100 }))).status,
    ).toBe('accepted');
    const deadline = await pushOne(wardToken, client.update('task', wardTask, { deadline: '2030-01-01' }));
    expect(deadline).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(deadline.status === 'rejected' && deadline.reason).toMatch(
      /^Bạn không có quyền sửa thời hạn của nhiệm vụ này/,
    );
    const title = await pushOne(
      wardToken,
      client.update('task', wardTask, { status: 'paused', title: 'Khác' }),
    );
    expect(title.status).toBe('rejected');
    expect((await pushOne(wardToken, client.remove('task', wardTask))).status).toBe('rejected');
    const notTheirs = existing.get('programme/read/update-status') ?? {
      id: newId(),
      spaceId: programme.spaceId,
    };
    expect((await pushOne(wardToken, client.update('task', notTheirs, { status: 'done' }))).status).toBe(
      'rejected',
    );
  });

  it('lets the lead unit report progress for its own unit only', async () => {
    const client = new TestReplica('ward-pc');
    const own = await pushOne(wardToken, client.create('taskUpdate', taskUpdateRecord(wardTask, ward.id)));
    expect(own.status).toBe('accepted');
    const other = await pushOne(
      wardToken,
      client.create('taskUpdate', taskUpdateRecord(wardTask, otherUnit.id)),
    );
    expect(other).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(other.status === 'rejected' && other.reason).toBe(
      'Bạn chỉ được báo cáo tiến độ cho đơn vị của mình.',
    );
  });
});
