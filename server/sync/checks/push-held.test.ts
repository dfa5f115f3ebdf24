import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, TestReplica } from '../../test/records.ts';
import { pushBatch } from '../../test/sync-client.ts';

/**
 * A refused change answers what the server holds of the fields it wrote (`held`), with their stamps, so
 * the client can put those back field by field instead of keeping an edit the server never took; null
 * when the server has no such record, or holds it in a space the pusher may not read.
 */
function indicatorRecords() {
  const programme = programmeRecord();
  const indicator = {
    ...sampleRecords.indicator,
    id: newId(),
    spaceId: programme.spaceId,
    programmeId: programme.id,
  };
  const period = (overrides: Record<string, unknown> = {}) => ({
    ...sampleRecords.indicatorPeriod,
    id: newId(),
    spaceId: programme.spaceId,
    programmeId: programme.id,
    indicatorId: indicator.id,
    ...overrides,
  });
  return { programme, indicator, period };
}

const rejection = (result: PushResult | undefined) => {
  if (result?.status !== 'rejected') throw new Error(`Not rejected: ${JSON.stringify(result)}`);
  return result;
};

describe.each(backends)('what a refused push change answers the server holds, on $name', (backend) => {
  let server: TestServer;
  let adminToken = '';
  let readerToken = '';
  let writerToken = '';
  const admin = new TestReplica('admin-pc');
  const own = indicatorRecords();
  const other = indicatorRecords();
  const period = own.period({ result: 10 });
  const deleted = own.period();
  const hidden = other.period({ result: 4242.5 });
  /** The stamps the server stores, by what set them. */
  let resultStamp = '';
  let deleteStamp = '';

  beforeAll(async () => {
    server = await startTestServer(backend);
    adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    const setup: RecordChange[] = [];
    for (const records of [own, other]) {
      setup.push(admin.create('programme', records.programme), admin.create('indicator', records.indicator));
    }
    setup.push(admin.create('indicatorPeriod', period), admin.create('indicatorPeriod', deleted));
    setup.push(admin.create('indicatorPeriod', hidden));
    const edit = admin.update('indicatorPeriod', period, { result: 15 });
    const remove = admin.remove('indicatorPeriod', deleted);
    setup.push(edit, remove);
    const answer = await pushBatch(server, adminToken, admin.batch(setup));
    expect(answer.results.map((r) => r.status)).toEqual(setup.map(() => 'accepted'));
    expect(answer.results.some((r) => r.status === 'accepted' && r.hlc)).toBe(false);
    resultStamp = edit.hlc;
    deleteStamp = remove.hlc;
    const reader = await createTestUser(server, {
      grants: [{ spaceId: own.programme.spaceId, role: 'read' }],
    });
    readerToken = (await login(server, reader)).accessToken;
    const writer = await createTestUser(server, {
      grants: [{ spaceId: own.programme.spaceId, role: 'write' }],
    });
    writerToken = (await login(server, writer)).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  async function push(token: string, changes: RecordChange[]): Promise<PushResult[]> {
    const client = new TestReplica();
    return (await pushBatch(server, token, client.batch(changes))).results;
  }

  it("answers a read-only user's refused edit with the value and stamp the server holds", async () => {
    const client = new TestReplica('reader-pc');
    const [result] = await push(readerToken, [
      client.update('indicatorPeriod', period, { result: 20, _clock: { result: 'x' }, id: period.id }),
    ]);
    expect(rejection(result).code).toBe('forbidden');
    expect(rejection(result).held).toEqual({ fields: { result: 15 }, clock: { result: resultStamp } });
  });

  it('answers a refused create of a new record with held: null (it stays a local draft)', async () => {
    const client = new TestReplica('reader-pc');
    const [result] = await push(readerToken, [client.create('indicatorPeriod', own.period())]);
    expect(rejection(result).code).toBe('forbidden');
    expect(rejection(result).held).toBeNull();
  });

  it('answers a refused delete with the stored tombstone flag and its stamp, when the server has one', async () => {
    const client = new TestReplica('reader-pc');
    const [live, gone] = await push(readerToken, [
      client.remove('indicatorPeriod', period),
      client.remove('indicatorPeriod', deleted),
    ]);
    // Never deleted: the server has no stamp for `_deleted`, so it names nothing.
    expect(rejection(live).held).toEqual({ fields: {}, clock: {} });
    expect(rejection(gone).held).toEqual({ fields: { _deleted: 1 }, clock: { _deleted: deleteStamp } });
  });

  it('names only the fields the change wrote that the server has a stamp for', async () => {
    const client = new TestReplica('reader-pc');
    const [result] = await push(readerToken, [
      client.update('indicatorPeriod', period, { result: 20, note: 'Ghi chú', madeUp: 1 }),
    ]);
    const held = rejection(result).held;
    expect(held?.fields).toEqual({ result: 15, note: '' });
    expect(Object.keys(held?.clock ?? {}).sort()).toEqual(['note', 'result']);
    expect(held?.clock.result).toBe(resultStamp);
  });

  it('sends null, never values, for a record in a space the user may not read', async () => {
    const client = new TestReplica('reader-pc');
    const [forbidden, mismatch] = await push(readerToken, [
      client.update('indicatorPeriod', hidden, { result: 1 }),
      client.update('indicatorPeriod', { ...hidden, spaceId: own.programme.spaceId }, { result: 1 }),
    ]);
    expect(rejection(forbidden).code).toBe('forbidden');
    expect(rejection(forbidden).held).toBeNull();
    expect(rejection(mismatch).code).toBe('space_mismatch');
    expect(rejection(mismatch).held).toBeNull();
    expect(JSON.stringify([forbidden, mismatch])).not.toContain('4242.5');
  });

  it('answers space_mismatch with the stored fields when the user may read where the record is', async () => {
    const client = new TestReplica('admin-2');
    const [result] = await push(adminToken, [
      client.update('indicatorPeriod', { ...hidden, spaceId: own.programme.spaceId }, { result: 1 }),
    ]);
    expect(rejection(result).code).toBe('space_mismatch');
    expect(rejection(result).held?.fields).toEqual({ result: 4242.5 });
  });

  it('answers not_found with null and invalid with what the earlier changes of the push left', async () => {
    const client = new TestReplica('writer-pc');
    const accepted = client.update('indicatorPeriod', period, { result: 16 });
    const results = await push(writerToken, [
      client.update('indicatorPeriod', { id: newId(), spaceId: own.programme.spaceId }, { result: 3 }),
      accepted,
      client.update('indicatorPeriod', period, { result: 'nhiều' }),
    ]);
    expect(rejection(results[0]).code).toBe('not_found');
    expect(rejection(results[0]).held).toBeNull();
    expect(results[1]?.status).toBe('accepted');
    expect(rejection(results[2]).code).toBe('invalid');
    expect(rejection(results[2]).held).toEqual({ fields: { result: 16 }, clock: { result: accepted.hlc } });
    resultStamp = accepted.hlc;
  });

  it('answers poisoned text with the stored fields, leaving out unsafe field names', async () => {
    const client = new TestReplica('writer-pc');
    const results = await push(writerToken, [
      client.update('indicatorPeriod', period, { result: 17, note: 'Ghi\u0000chú', ['planned\u0000']: 1 }),
      { ...client.update('indicatorPeriod', period, { result: 18 }), entity: 'indicatorPeriod\u0000' },
      { ...client.update('indicatorPeriod', period, { result: 19 }), spaceId: 'programme:\u0000' },
    ]);
    expect(rejection(results[0]).message?.key).toBe('unsafe_text');
    expect(rejection(results[0]).held?.fields).toEqual({ result: 16, note: '' });
    expect(rejection(results[0]).held?.clock.result).toBe(resultStamp);
    expect(rejection(results[1]).code).toBe('unknown_entity');
    expect(rejection(results[1]).held).toBeNull();
    expect(rejection(results[2]).code).toBe('invalid');
    expect(rejection(results[2]).held).toEqual({ fields: { result: 16 }, clock: { result: resultStamp } });
    for (const result of results) expect(JSON.stringify(result)).not.toMatch(/\\u0000/);
  });
});
