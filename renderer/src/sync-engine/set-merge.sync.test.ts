import { describe, expect, inject, it } from 'vitest';
import type { CommitteeMember } from '../../../shared/domain/programme.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { formatHlc } from '../../../shared/hlc/index.ts';
import { createTestClient, syncTolerant, type TestClient } from '../../test/sync-clients.ts';
import { createWorld } from '../../test/sync-world.ts';
import { updateRecord } from '../db/write.ts';

/**
 * The merge policy's id lists (shared/sync/merge-policy.ts) against a real server on loopback: two offices
 * editing one list offline both keep their edits, an add and a remove of one element settle by the stated
 * rule (the later stamp wins), and a client of protocol version 1 still pushes but is asked to update
 * before it pulls. Spaces: the suite's last extra programme spaces, one per test (other files use the first).
 */
const servers = inject('syncServers');

async function synced(...clients: TestClient[]): Promise<void> {
  for (const client of clients) expect(await syncTolerant(client)).toBe(true);
}

describe.each(servers.map((server) => [server.backend, server] as const))('on %s', (_backend, server) => {
  const last = server.programmeIds.length - 1;
  const space = (k: number) => server.programmeIds[last - k] ?? '';
  const [firstUser, secondUser] = server.users;
  if (!firstUser || !secondUser) throw new Error('the sync suite needs two users');

  it('two offices each add a different cooperating unit offline: both units end up everywhere', async () => {
    const office = await createTestClient(server.url, firstUser, 'van-phong');
    const ward = await createTestClient(server.url, secondUser, 'phuong');
    const world = await createWorld(office.write, space(0));
    await synced(office, ward);
    const taskId = world.taskIds[0] ?? '';
    const start = (await ward.db.task.get(taskId))?.cooperatingUnitIds ?? [];
    expect(start).toEqual(sampleRecords.task.cooperatingUnitIds);
    const [unitA, unitB] = [uuidv7(Date.now()), uuidv7(Date.now() + 1)];
    // Both offline: each adds its unit to the list as it last saw it.
    await updateRecord(office.write, 'task', taskId, { cooperatingUnitIds: [...start, unitA] });
    // A later millisecond: added elements are ordered by the stamps of their adds (equal wall times
    // would leave the order to the two machines' random node ids).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateRecord(ward.write, 'task', taskId, { cooperatingUnitIds: [...start, unitB] });
    await synced(office, ward, office);
    for (const client of [office, ward]) {
      expect((await client.db.task.get(taskId))?.cooperatingUnitIds).toEqual([...start, unitA, unitB]);
    }
    // Merged by element, not replaced whole: nothing for the conflict inbox.
    const { conflicts } = await office.transport.conflicts();
    expect(conflicts.filter((conflict) => conflict.recordId === taskId)).toEqual([]);
  });

  it('one office removes a committee member while another changes the same member: the later edit wins', async () => {
    const office = await createTestClient(server.url, firstUser, 'van-phong');
    const ward = await createTestClient(server.url, secondUser, 'phuong');
    const world = await createWorld(office.write, space(1));
    const [p, q, r] = [uuidv7(Date.now()), uuidv7(Date.now() + 1), uuidv7(Date.now() + 2)];
    const members: CommitteeMember[] = [
      { personId: p, role: 'chair' },
      { personId: q, role: 'vice_chair' },
      { personId: r, role: 'member' },
    ];
    await updateRecord(office.write, 'programme', world.programmeId, { committee: members });
    await synced(office, ward);
    const edit = async (client: TestClient, change: (list: CommitteeMember[]) => CommitteeMember[]) => {
      const list = (await client.db.programme.get(world.programmeId))?.committee ?? [];
      await updateRecord(client.write, 'programme', world.programmeId, { committee: change(list) });
      // Distinct wall-clock milliseconds, so "later" is plain to read.
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const role = (person: string, newRole: CommitteeMember['role']) => (list: CommitteeMember[]) =>
      list.map((m) => (m.personId === person ? { ...m, role: newRole } : m));
    const without = (person: string) => (list: CommitteeMember[]) =>
      list.filter((m) => m.personId !== person);
    // Offline, in this order of time: the office changes r; the office removes p; the ward makes p a
    // member and removes q and r; the office makes q the chair.
    await edit(office, role(r, 'vice_chair'));
    await edit(office, without(p));
    await edit(ward, role(p, 'member'));
    await edit(ward, without(q));
    await edit(ward, without(r));
    await edit(office, role(q, 'chair'));
    await synced(office, ward, office);
    const expected = [
      { personId: p, role: 'member' }, // the ward's later change beats the office's earlier removal
      { personId: q, role: 'chair' }, // the office's later change beats the ward's earlier removal
    ]; // r: the ward's later removal beats the office's earlier change
    for (const client of [office, ward]) {
      const committee = (await client.db.programme.get(world.programmeId))?.committee ?? [];
      expect([...committee].sort((a, b) => a.personId.localeCompare(b.personId))).toEqual(expected);
    }
  });

  it('a client of protocol version 1 still pushes (its list replaces the whole list) and is asked to update before it pulls', async () => {
    const office = await createTestClient(server.url, firstUser, 'van-phong');
    const world = await createWorld(office.write, space(2));
    await synced(office);
    const taskId = world.taskIds[0] ?? '';
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: secondUser.username,
        password: secondUser.password,
        clientId: 'cu-v1',
      }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify(body),
      });
    const unit = uuidv7(Date.now());
    const change: RecordChange = {
      changeId: uuidv7(Date.now()),
      entity: 'task',
      recordId: taskId,
      spaceId: world.spaceId,
      hlc: formatHlc({ wallMs: Date.now(), counter: 0, nodeId: '00000000000000b1' }),
      fields: { cooperatingUnitIds: [unit] },
    };
    const pushed = await post('/sync/push', { schemaVersion: 1, clientId: 'cu-v1', changes: [change] });
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toMatchObject({ results: [{ status: 'accepted' }] });
    await synced(office);
    expect((await office.db.task.get(taskId))?.cooperatingUnitIds).toEqual([unit]);
    // A version-1 replica would take set fields whole by the field's stamp and drift from the server, and
    // its schema refuses the element operations: it is asked to update (its outbox has gone already).
    for (const [path, body] of [
      ['/sync/pull', { schemaVersion: 1, cursor: 0 }],
      ['/sync/snapshot', { schemaVersion: 1 }],
    ] as const) {
      const answer = await post(path, body);
      expect(answer.status).toBe(426);
      expect(await answer.json()).toMatchObject({ error: { code: 'schema_version_unsupported' } });
    }
  });
});
