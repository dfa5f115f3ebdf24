import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushRequest, PushResponse } from '../../../shared/sync/protocol.ts';
import { loadPrincipal } from '../../auth/user-store.ts';
import { queryRows } from '../../db/database.ts';
import { backends, type TestBackend } from '../../test/backends.ts';
import { createTestUser, startTestServer, type TestServer } from '../../test/harness.ts';
import {
  meetingRecord,
  programmeRecord,
  taskRecord,
  taskUpdateRecord,
  TestReplica,
  unitRecord,
} from '../../test/records.ts';
import { push, type Pusher } from './push-service.ts';

/**
 * Pushes that wait together go into one transaction (push-queue.ts); the outcome must be exactly what the
 * same pushes give one after another: same answers, records, change log, audit rows, conflicts, spaces and
 * counters. The scenario makes a group lean on its own earlier changes: a report on a task created in
 * the same group (lead-unit rule), a retry of a push of the group, a change repeated within a push, a
 * new meeting whose date then moves (snapshot order), concurrent edits that conflict, refusals.
 */
const unit = unitRecord({ name: 'Phường Bồ Đề' });
const programme = programmeRecord();
const task = taskRecord(programme.id, unit.id, { title: 'Rà soát hộ nghèo năm 2024' });
const meeting = meetingRecord();
const report = taskUpdateRecord(task, unit.id);

type Role = 'admin' | 'office' | 'office2' | 'ward' | 'reader';

function scenario(): { setup: PushRequest; group: Array<[Role, PushRequest]> } {
  const admin = new TestReplica('admin');
  const office = new TestReplica('office');
  const office2 = new TestReplica('office-2');
  const ward = new TestReplica('ward');
  const reader = new TestReplica('reader');
  const createTask = office.batch([office.create('task', task)]);
  const repeated = office2.update('task', task, { priority: 'urgent' }, { base: { priority: null } });
  return {
    setup: admin.batch([admin.create('unit', unit), admin.create('programme', programme)]),
    group: [
      ['office', createTask],
      ['ward', ward.batch([ward.create('taskUpdate', report), ward.update('task', task, { progress: 40 })])],
      ['office', createTask],
      [
        'office2',
        office2.batch([office2.update('task', task, { status: 'done' }, { base: { status: null } })]),
      ],
      ['ward', ward.batch([ward.update('task', task, { title: 'Đổi tên' })])],
      ['reader', reader.batch([reader.update('task', task, { progress: 99 })])],
      ['office2', office2.batch([repeated, repeated])],
      ['office', office.batch([office.create('meeting', meeting)])],
      [
        'office',
        office.batch([office.update('meeting', meeting, { startsAt: meeting.startsAt + 86_400_000 })]),
      ],
      [
        'office',
        office.batch([
          office.update('task', task, { status: 'paused' }, { base: { status: office.tick() } }),
        ]),
      ],
    ],
  };
}

/** Built once: both runs push the very same changes (ids and stamps). */
const SCENARIO = scenario();

interface Run {
  answers: PushResponse[];
  tables: Record<string, unknown[]>;
  counts: { groups: number; pushes: number };
}

async function runScenario(backend: TestBackend, together: boolean): Promise<Run> {
  const server: TestServer = await startTestServer(backend);
  try {
    const grant = (role: 'read' | 'write') => [
      { spaceId: programme.spaceId, role },
      { spaceId: meeting.spaceId, role },
    ];
    const users: Record<Role, { id: string }> = {
      admin: await createTestUser(server, { isAdmin: true, name: 'Quản trị' }),
      office: await createTestUser(server, { grants: grant('write'), name: 'Văn phòng' }),
      office2: await createTestUser(server, { grants: grant('write'), name: 'Văn phòng 2' }),
      ward: await createTestUser(server, { grants: grant('read'), unitId: unit.id, name: 'Phường' }),
      reader: await createTestUser(server, { grants: grant('read'), name: 'Người đọc' }),
    };
    const pusher = async (role: Role): Promise<Pusher> => {
      const loaded = await loadPrincipal(server.database.orm, users[role].id);
      if (!loaded) throw new Error(role);
      return { principal: loaded.principal, userId: loaded.user.id, userName: loaded.user.displayName };
    };
    const { setup, group } = SCENARIO;
    await push(server.context, await pusher('admin'), setup);
    const jobs = await Promise.all(
      group.map(async ([role, request]) => ({ by: await pusher(role), request })),
    );
    const queue = server.context.pushQueue;
    const before = { ...queue.counts };
    const answers: PushResponse[] = [];
    if (together) {
      // Called in one tick: the first starts a transaction, the rest wait for it and go together.
      answers.push(...(await Promise.all(jobs.map((job) => push(server.context, job.by, job.request)))));
    } else {
      for (const job of jobs) answers.push(await push(server.context, job.by, job.request));
    }
    const names = new Map(Object.entries(users).map(([role, user]) => [user.id, role]));
    const anonymise = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
        typeof v === 'string' && names.has(v) ? names.get(v) : v,
      );
    const read = async (query: ReturnType<typeof sql>) =>
      anonymise(await queryRows(server.database.orm, query)) as unknown[];
    const tables = {
      records: await read(
        sql`SELECT entity, id, space_id, data, deleted, version FROM records ORDER BY entity, id`,
      ),
      changes: await read(
        sql`SELECT version, change_id, entity, record_id, hlc, fields, deleted, user_id, client_id FROM changes ORDER BY version`,
      ),
      receipts: await read(sql`SELECT change_id, version FROM change_receipts ORDER BY version`),
      audit: await read(
        sql`SELECT version, user_id, client_id, entity, record_id, field, old_value, new_value FROM audit_log ORDER BY id`,
      ),
      conflicts: await read(
        sql`SELECT change_id, version, field, kept_value, kept_hlc, kept_user_id, kept_user_name, overwritten_value, overwritten_hlc, overwritten_user_id, overwritten_user_name FROM conflicts ORDER BY version, field`,
      ),
      spaces: await read(sql`SELECT space_id, kind, rank FROM spaces ORDER BY space_id`),
      state: await read(sql`SELECT last_version, space_order_epoch FROM sync_state`),
    };
    const stripped = answers.map((a) =>
      anonymise({
        ...a,
        serverTime: 0,
        results: a.results.map((r) =>
          r.status === 'accepted'
            ? { ...r, conflicts: r.conflicts.map((c) => ({ ...c, id: '', createdAt: 0 })) }
            : r,
        ),
      }),
    ) as PushResponse[];
    return {
      answers: stripped,
      tables,
      counts: { groups: queue.counts.groups - before.groups, pushes: queue.counts.pushes - before.pushes },
    };
  } finally {
    await server.stop();
  }
}

describe.each(backends)('push groups on $name', (backend) => {
  let together: Run;
  let oneByOne: Run;

  beforeAll(async () => {
    together = await runScenario(backend, true);
    oneByOne = await runScenario(backend, false);
  }, 60_000);
  afterAll(() => undefined);

  it('ran the waiting pushes in one transaction', () => {
    expect(oneByOne.counts).toEqual({ groups: 10, pushes: 10 });
    expect(together.counts).toEqual({ groups: 2, pushes: 10 });
  });

  it('answers every push as if it had run alone', () => {
    expect(together.answers).toEqual(oneByOne.answers);
    const statuses = together.answers.map((a) =>
      a.results.map((r) => (r.status === 'accepted' ? r.version : r.code)),
    );
    expect(statuses).toEqual([[3], [4, 5], [3], [6], ['forbidden'], ['forbidden'], [7, 7], [8], [9], [10]]);
    expect(together.answers[3]?.results[0]).toMatchObject({ conflicts: [{ field: 'status' }] });
  });

  it('writes the same records, change log, audit trail, conflicts, spaces and counters', () => {
    for (const [table, rows] of Object.entries(oneByOne.tables))
      expect({ table, rows: together.tables[table] }).toEqual({ table, rows });
    const [state] = together.tables.state ?? [];
    expect(Number((state as { last_version: unknown }).last_version)).toBe(10);
    expect(Number((state as { space_order_epoch: unknown }).space_order_epoch)).toBe(1);
  });
});
