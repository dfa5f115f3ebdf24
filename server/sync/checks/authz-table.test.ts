import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capability } from '../../../shared/authz/capabilities.ts';
import { DIRECTORY_SPACE, programmeSpace, unitSpace } from '../../../shared/domain/space.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult, Role } from '../../../shared/sync/protocol.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { grantCapability } from '../../admin/capability-admin.ts';
import { queryRows } from '../../db/database.ts';
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
import { UNIT_RANK } from '../log/record-store.ts';

/**
 * Issue 15's "done when": who may do what, as a hand-written table of expected answers, each cell checked
 * by a real push to a real server (PGlite, and PostgreSQL with TEST_DATABASE_URL). Y = accepted,
 * - = refused `forbidden`. The cases are generated from the rows and columns; the answers are not: they
 * are written here by hand and reviewed against docs/roles.md, never computed from shared/authz.
 *
 * Columns (who pushes):
 *   admin      an administrator, no grants
 *   none       a signed-in account with no grant, no capability, no unit
 *   read/write/manage  that role on the directory, the programme P, the meeting M and the unit space U
 *   keeper     keep_directory ("quản lý danh bạ"), no grants
 *   organiser  organise_meetings ("tổ chức hội nghị"), held through its unit, no grants
 *   drafter    draw_up_programmes ("lập chương trình"), held by the account, no grants
 *   member     an account of unit U, no grants
 *   lead       an account of unit L (lead unit of P's tasks), `read` on P
 * Rows: space, entity, operation. Spaces: directory; P (a programme); M (a meeting); U (unit U's own
 * space, in use); L (unit L's own space, first used here); new (a programme or meeting space the server
 * does not have: the change creates its root; "+child": the root and a child in the same push, the cell
 * answering for the child); X (a programme space the server holds records of, but not its root).
 */
const TABLE = `
space      entity       op                admin none read write manage keeper organiser drafter member lead
directory  unit         create            Y     -    -    -     Y      Y      -         -       -      -
directory  unit         update            Y     -    -    -     Y      Y      -         -       -      -
directory  unit         delete            Y     -    -    -     Y      Y      -         -       -      -
directory  person       create            Y     -    -    -     Y      Y      -         -       -      -
directory  person       update            Y     -    -    -     Y      Y      -         -       -      -
P          programme    update            Y     -    -    Y     Y      -      -         -       -      -
P          indicator    create            Y     -    -    Y     Y      -      -         -       -      -
P          indicator    update            Y     -    -    Y     Y      -      -         -       -      -
P          indicator    delete            Y     -    -    Y     Y      -      -         -       -      -
P          task         create            Y     -    -    Y     Y      -      -         -       -      -
P          task         update-title      Y     -    -    Y     Y      -      -         -       -      -
P          task         update-status     Y     -    -    Y     Y      -      -         -       -      Y
P          task         delete            Y     -    -    Y     Y      -      -         -       -      -
P          taskUpdate   create-own-unit   Y     -    -    Y     Y      -      -         -       -      Y
P          taskUpdate   create-other-unit Y     -    -    Y     Y      -      -         -       -      -
M          meeting      update            Y     -    -    Y     Y      -      -         -       -      -
M          agendaItem   create            Y     -    -    Y     Y      -      -         -       -      -
M          agendaItem   update            Y     -    -    Y     Y      -      -         -       -      -
M          agendaItem   delete            Y     -    -    Y     Y      -      -         -       -      -
M          attendee     create            Y     -    -    Y     Y      -      -         -       -      -
U          task         create            Y     -    -    Y     Y      -      -         -       Y      -
U          task         update-title      Y     -    -    Y     Y      -      -         -       Y      -
U          task         delete            Y     -    -    Y     Y      -      -         -       Y      -
U          taskUpdate   create-own-unit   Y     -    -    Y     Y      -      -         -       Y      -
L          task         create            Y     -    -    -     -      -      -         -       -      Y
new        programme    create            Y     -    -    -     -      -      -         Y       -      -
new        programme    create+child      Y     -    -    -     -      -      -         Y       -      -
new        meeting      create            Y     -    -    -     -      -      Y         -       -      -
new        meeting      create+child      Y     -    -    -     -      -      Y         -       -      -
X          programme    create            Y     -    -    -     -      -      -         -       -      -
`;

type Row = { space: string; entity: string; op: string; expected: Record<string, boolean> };
const [header = '', ...lines] = TABLE.trim().split('\n');
const actors = header.split(/\s+/).slice(3);
const rows: Row[] = lines.map((line) => {
  const [space = '', entity = '', op = '', ...cells] = line.split(/\s+/);
  if (cells.length !== actors.length || cells.some((c) => c !== 'Y' && c !== '-'))
    throw new Error(`Bad table row: ${line}`);
  return { space, entity, op, expected: Object.fromEntries(actors.map((a, i) => [a, cells[i] === 'Y'])) };
});

const L = unitRecord({ kind: 'ward', name: 'Phường Bồ Đề' });
const U = unitRecord({ kind: 'department', name: 'Ban Tuyên giáo' });
const programme = programmeRecord();
const meeting = meetingRecord();
const P = programme.spaceId;
const M = meeting.spaceId;
const US = unitSpace(U.id);
type Rec = { id: string; spaceId: string } & Record<string, unknown>;

/** A fresh record of the row's entity in the row's space (the record a case creates, changes or deletes). */
function recordFor(row: Row): Rec {
  const key = `${row.space} ${row.entity}`;
  const unitTask = (unit: { id: string }) => ({
    ...taskRecord(programme.id, unit.id),
    spaceId: unitSpace(unit.id),
    source: { kind: 'none' },
  });
  const makers: Record<string, () => Rec> = {
    'directory unit': () => unitRecord(),
    'directory person': () => ({ ...sampleRecords.person, id: newId(), unitId: U.id }),
    'P indicator': () => ({ ...sampleRecords.indicator, id: newId(), spaceId: P, programmeId: programme.id }),
    'P task': () => taskRecord(programme.id, L.id),
    'M agendaItem': () => ({
      ...sampleRecords.agendaItem,
      id: newId(),
      spaceId: M,
      meetingId: meeting.id,
      presenterId: null,
    }),
    'M attendee': () => ({ ...sampleRecords.attendee, id: newId(), spaceId: M, meetingId: meeting.id }),
    'U task': () => unitTask(U),
    'L task': () => unitTask(L),
    'new programme': () => programmeRecord(),
    'new meeting': () => meetingRecord(),
    'X programme': () => programmeRecord(),
  };
  const make = makers[key];
  if (!make) throw new Error(`No record for ${key}`);
  return make();
}

const EDITS: Record<string, Record<string, unknown>> = {
  unit: { name: 'Tên mới' },
  person: { position: 'Chức vụ mới' },
  programme: { title: 'Tiêu đề mới' },
  indicator: { name: 'Tên mới' },
  meeting: { title: 'Tiêu đề mới' },
  agendaItem: { title: 'Tiêu đề mới' },
  task: { title: 'Tiêu đề mới' },
};

describe.each(backends)('who may do what (issue 15) on $name', (backend) => {
  let server: TestServer;
  const tokens = new Map<string, string>();
  const admin = new TestReplica('admin');
  const unitTaskU = { ...taskRecord(programme.id, U.id), spaceId: US, source: { kind: 'none' } };
  const leadTask = taskRecord(programme.id, L.id);
  /** Per case (row × actor): the record it changes, made by the admin beforehand. */
  const targets = new Map<string, Rec>();
  const seen = new Map<string, string>();
  const started = Date.now();

  beforeAll(async () => {
    server = await startTestServer(backend);
    const setup: RecordChange[] = [L, U].map((unit) => admin.create('unit', unit));
    setup.push(
      admin.create('programme', programme),
      admin.create('meeting', meeting),
      admin.create('task', unitTaskU),
      admin.create('task', leadTask),
    );
    for (const row of rows)
      for (const actor of actors) {
        const key = `${rows.indexOf(row)}/${actor}`;
        const root = row.op === 'update' && (row.entity === 'programme' || row.entity === 'meeting');
        if (root || row.entity === 'taskUpdate') continue; // they change shared records
        const record = recordFor(row);
        targets.set(key, record);
        if (row.space === 'X') {
          // The space exists (it holds an indicator), its root does not.
          const id = record.id;
          const held = {
            ...sampleRecords.indicator,
            id: newId(),
            spaceId: programmeSpace(id),
            programmeId: id,
          };
          setup.push(admin.create('indicator', held));
        } else if (!row.op.startsWith('create')) setup.push(admin.create(row.entity, record));
      }
    for (let start = 0; start < setup.length; start += 400) {
      const answer = await pushBatch(
        server,
        await adminToken(),
        admin.batch(setup.slice(start, start + 400)),
      );
      expect(answer.results.filter((r) => r.status !== 'accepted')).toEqual([]);
    }
    await signIn();
  }, 60_000);
  afterAll(async () => {
    printTable(backend.name, seen, Date.now() - started);
    await server.stop();
  });

  async function adminToken(): Promise<string> {
    let token = tokens.get('admin');
    if (!token) {
      token = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
      tokens.set('admin', token);
    }
    return token;
  }

  async function signIn(): Promise<void> {
    const everywhere = (role: Role) => [DIRECTORY_SPACE, P, M, US].map((spaceId) => ({ spaceId, role }));
    const organisers = newId();
    const accounts: Record<string, Parameters<typeof createTestUser>[1]> = {
      none: {},
      read: { grants: everywhere('read') },
      write: { grants: everywhere('write') },
      manage: { grants: everywhere('manage') },
      keeper: {},
      organiser: { unitId: organisers },
      drafter: {},
      member: { unitId: U.id },
      lead: { unitId: L.id, grants: [{ spaceId: P, role: 'read' }] },
    };
    const capability: Record<string, Capability> = {
      keeper: 'keep_directory',
      drafter: 'draw_up_programmes',
    };
    await grantCapability(server.database, { unit: organisers, capability: 'organise_meetings' });
    for (const [name, options] of Object.entries(accounts)) {
      const user = await createTestUser(server, { ...options, name });
      const held = capability[name];
      if (held) await grantCapability(server.database, { username: user.username, capability: held });
      tokens.set(name, (await login(server, user)).accessToken);
    }
  }

  function changesFor(row: Row, target: Rec | undefined, client: TestReplica): RecordChange[] {
    const entity = row.entity;
    const shared = row.entity === 'taskUpdate' || (row.op === 'update' && !target);
    const record = shared ? programme : (target ?? recordFor(row));
    switch (row.op) {
      case 'create':
        return [client.create(entity, record)];
      case 'create+child': {
        const child =
          entity === 'programme'
            ? client.create('indicator', {
                ...sampleRecords.indicator,
                id: newId(),
                spaceId: record.spaceId,
                programmeId: record.id,
              } as Rec)
            : client.create('agendaItem', {
                ...sampleRecords.agendaItem,
                id: newId(),
                spaceId: record.spaceId,
                meetingId: record.id,
                presenterId: null,
              } as Rec);
        return [client.create(entity, record), child];
      }
      case 'create-own-unit':
      case 'create-other-unit': {
        const task = row.space === 'U' ? unitTaskU : leadTask;
        const unit = row.op === 'create-own-unit' ? (row.space === 'U' ? U.id : L.id) : U.id;
        return [client.create('taskUpdate', taskUpdateRecord(task, unit))];
      }
      case 'update':
        if (entity === 'programme') return [client.update(entity, programme, EDITS.programme ?? {})];
        if (entity === 'meeting') return [client.update(entity, meeting, EDITS.meeting ?? {})];
        return [client.update(entity, record, EDITS[entity] ?? {})];
      case 'update-title':
        return [client.update(entity, record, { title: 'Tiêu đề mới' })];
      case 'update-status':
        return [client.update(entity, record, { status: 'done' })];
      case 'delete':
        return [client.remove(entity, record)];
    }
    throw new Error(`Unknown op ${row.op}`);
  }

  it.each(rows.map((row, index) => ({ ...row, index })))('$space $entity $op', async (row) => {
    const mismatches: string[] = [];
    for (const actor of actors) {
      const client = new TestReplica();
      const changes = changesFor(row, targets.get(`${row.index}/${actor}`), client);
      const response = await pushBatch(server, tokens.get(actor) ?? '', client.batch(changes));
      const result = response.results.at(-1) as PushResult;
      const accepted = result.status === 'accepted';
      seen.set(`${row.index}/${actor}`, accepted ? 'Y' : result.code === 'forbidden' ? '-' : '?');
      if (!accepted && result.code !== 'forbidden')
        mismatches.push(`${actor}: refused ${result.code} (${result.reason}), not forbidden`);
      else if (accepted !== row.expected[actor])
        mismatches.push(`${actor}: ${accepted ? 'accepted' : `refused (${result.reason})`}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('made the unit spaces on first use, ranked after the directory', async () => {
    const found = await queryRows(
      server.database.orm,
      sql`SELECT space_id, kind, rank FROM spaces WHERE space_id IN (${US}, ${unitSpace(L.id)}) ORDER BY space_id`,
    );
    expect(found.map((r) => [r.kind, Number(r.rank)])).toEqual([
      ['unit', UNIT_RANK],
      ['unit', UNIT_RANK],
    ]);
  });
});

/** The table as checked: Y accepted, - refused, ? refused for another reason; ≠ marks a wrong answer. */
function printTable(backend: string, seen: ReadonlyMap<string, string>, elapsedMs: number): void {
  const width = (text: string, n: number) => text.padEnd(n);
  const lines = [
    `authorisation table on ${backend}: ${rows.length} rows × ${actors.length} columns = ${rows.length * actors.length} pushes, ${(elapsedMs / 1000).toFixed(1)} s`,
    `${width('space', 10)}${width('entity', 12)}${width('op', 18)}${actors.map((a) => width(a, a.length + 1)).join('')}`,
  ];
  rows.forEach((row, index) => {
    const cells = actors.map((actor) => {
      const got = seen.get(`${index}/${actor}`) ?? ' ';
      const want = row.expected[actor] ? 'Y' : '-';
      return width(got === want ? got : `${got}≠${want}`, actor.length + 1);
    });
    lines.push(`${width(row.space, 10)}${width(row.entity, 12)}${width(row.op, 18)}${cells.join('')}`);
  });
  console.log(lines.join('\n'));
}
