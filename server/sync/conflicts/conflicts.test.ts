import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictSchema, conflictsResponseSchema } from '../../../shared/sync/protocol.ts';
import { backends } from '../../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { programmeRecord, TestReplica } from '../../test/records.ts';
import { pushBatch } from '../../test/sync-client.ts';

describe.each(backends)('conflicts on $name', (backend) => {
  let server: TestServer;
  const programme = programmeRecord({ title: 'Tên ban đầu' });
  const laptopA = new TestReplica('laptop-a');
  const laptopB = new TestReplica('laptop-b');
  let tokenA = '';
  let tokenB = '';
  let tokenOutsider = '';
  let userA = '';
  let userB = '';
  let createStamp = '';

  beforeAll(async () => {
    server = await startTestServer(backend);
    const grants = [{ spaceId: programme.spaceId, role: 'write' as const }];
    const a = await createTestUser(server, { grants, name: 'Chị An' });
    const b = await createTestUser(server, { grants, name: 'Anh Bình' });
    [userA, userB] = [a.id, b.id];
    tokenA = (await login(server, a, 'laptop-a')).accessToken;
    tokenB = (await login(server, b, 'laptop-b')).accessToken;
    tokenOutsider = (await login(server, await createTestUser(server))).accessToken;
    const create = laptopA.create('programme', programme);
    createStamp = create.hlc;
    await pushBatch(server, tokenA, laptopA.batch([create]));
  }, 60_000);
  afterAll(() => server.stop());

  const listConflicts = async (token: string) =>
    conflictsResponseSchema.parse((await api(server, 'GET', '/sync/conflicts', { token })).body).conflicts;

  it('records a conflict when a change loses a field to another client’s later write', async () => {
    const offlineStamp = laptopA.tick();
    const offline = {
      ...laptopA.update('programme', programme, { issuingBody: 'Quận ủy (A)' }),
      hlc: offlineStamp,
    };
    const onlineStamp = laptopB.tick(Date.now() + 5_000);
    const online = {
      ...laptopB.update('programme', programme, { issuingBody: 'Quận ủy (B)' }),
      hlc: onlineStamp,
    };
    await pushBatch(server, tokenB, laptopB.batch([online]));
    const response = await pushBatch(server, tokenA, laptopA.batch([offline]));
    const result = response.results[0];
    expect(result?.status).toBe('accepted');
    const conflicts = result?.status === 'accepted' ? result.conflicts : [];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      field: 'issuingBody',
      spaceId: programme.spaceId,
      kept: { value: 'Quận ủy (B)', hlc: online.hlc, userId: userB, userName: 'Anh Bình' },
      overwritten: { value: 'Quận ủy (A)', hlc: offlineStamp, userId: userA, userName: 'Chị An' },
      resolvedAt: null,
    });
    const again = await pushBatch(server, tokenA, laptopA.batch([offline]));
    expect(again.results).toEqual(response.results);
  });

  it('records a conflict when a change overwrites a write its author never saw', async () => {
    const byB = laptopB.update('programme', programme, { title: 'Tên do B sửa' });
    await pushBatch(server, tokenB, laptopB.batch([byB]));
    const later = laptopA.tick(Date.now() + 10_000);
    const byA = laptopA.update(
      'programme',
      programme,
      { title: 'Tên do A sửa' },
      { base: { title: createStamp }, hlc: later },
    );
    const response = await pushBatch(server, tokenA, laptopA.batch([byA]));
    const result = response.results[0];
    const conflicts = result?.status === 'accepted' ? result.conflicts : [];
    expect(conflicts.map((c) => conflictSchema.parse(c))).toMatchObject([
      {
        field: 'title',
        kept: { value: 'Tên do A sửa', hlc: byA.hlc, userName: 'Chị An' },
        overwritten: { value: 'Tên do B sửa', hlc: byB.hlc, userName: 'Anh Bình' },
      },
    ]);
  });

  it('sees no conflict when the writer knew the value, or overwrote its own', async () => {
    const byB = laptopB.update('programme', programme, { code: '02-CTr/QU' });
    await pushBatch(server, tokenB, laptopB.batch([byB]));
    const informed = laptopA.update(
      'programme',
      programme,
      { code: '03-CTr/QU' },
      {
        base: { code: byB.hlc },
        hlc: laptopA.tick(Date.now() + 20_000),
      },
    );
    const own = laptopA.update(
      'programme',
      programme,
      { code: '04-CTr/QU' },
      { base: { code: createStamp } },
    );
    const response = await pushBatch(server, tokenA, laptopA.batch([informed, own]));
    for (const result of response.results)
      expect(result.status === 'accepted' && result.conflicts).toEqual([]);
  });

  it('lists conflicts to readers of the space only, unresolved first, and resolves them', async () => {
    const all = await listConflicts(tokenA);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(await listConflicts(tokenOutsider)).toEqual([]);
    const first = all[0];
    if (!first) throw new Error('no conflict');
    const resolved = await api(server, 'POST', `/sync/conflicts/${first.id}/resolve`, { token: tokenB });
    expect(resolved.status).toBe(200);
    const after = await listConflicts(tokenA);
    expect(after.at(-1)).toMatchObject({ id: first.id, resolvedAt: expect.any(Number) });
    expect(after.slice(0, -1).every((c) => c.resolvedAt === null)).toBe(true);
    const denied = await api(server, 'POST', `/sync/conflicts/${first.id}/resolve`, { token: tokenOutsider });
    expect(denied.status).toBe(404);
    const since = await api(server, 'GET', `/sync/conflicts?since=${Date.now() + 60_000}`, { token: tokenA });
    expect(conflictsResponseSchema.parse(since.body).conflicts).toEqual([]);
  });
});
