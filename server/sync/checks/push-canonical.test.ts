import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import { pullAll, pushBatch } from '../../test/sync-client.ts';

/**
 * The server keeps only what is valid, as the schemas write it: a value the schema would clean (padding,
 * a line break in a one-line field, "" for none, NFD text) is refused, not stored as sent — nor repaired,
 * since a value changed under the sender's stamp would never reach the sender. Honest clients normalise
 * through the same schemas, so they never meet this refusal.
 */
describe.each(backends)('canonical values on push on $name', (backend) => {
  let server: TestServer;
  let token = '';
  const replica = new TestReplica('canonical-laptop');
  const programme = programmeRecord();
  const task = taskRecord(programme.id, newId(), { title: 'Rà soát hộ nghèo' });

  beforeAll(async () => {
    server = await startTestServer(backend);
    token = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    const setup = await pushBatch(
      server,
      token,
      replica.batch([replica.create('programme', programme), replica.create('task', task)]),
    );
    expect(setup.results.every((r) => r.status === 'accepted')).toBe(true);
  }, 60_000);
  afterAll(() => server.stop());

  async function pushAll(changes: RecordChange[]): Promise<PushResult[]> {
    return (await pushBatch(server, token, replica.batch(changes))).results;
  }

  const refusedField = (result: PushResult | undefined) => {
    if (result?.status !== 'rejected') throw new Error(`Not rejected: ${JSON.stringify(result)}`);
    expect(result.code).toBe('invalid');
    expect(result.message?.key).toBe('not_canonical');
    return result.message?.params.field;
  };

  it('refuses each non-canonical field, names it, and applies the rest of the batch', async () => {
    const nfd = 'Ra soát'.normalize('NFC').replace('á', 'a\u0301');
    const results = await pushAll([
      replica.update('task', task, { title: '  Rà soát hộ nghèo có đệm  ' }),
      replica.update('task', task, { title: 'Rà soát\nhộ nghèo' }),
      replica.update('task', task, { deadlineText: '' }),
      replica.update('task', task, { title: nfd }),
      replica.update('task', task, { progress: 40 }),
    ]);
    expect(results.map(refusedFieldOrAccepted)).toEqual([
      'title',
      'title',
      'deadlineText',
      'title',
      'accepted',
    ]);
    const [padded] = results;
    expect(padded?.status === 'rejected' && padded.reason).toMatch(/^Trường «Tiêu đề» chưa được chuẩn hoá/);
    // Nothing of the refused changes was stored: the task holds the title it was created with.
    const { changes } = await pullAll(server, token, 0);
    const titles = changes
      .filter((c) => c.recordId === task.id && 'title' in c.fields)
      .map((c) => c.fields.title);
    expect(titles).toEqual(['Rà soát hộ nghèo']);
  });

  it('refuses a create whose text is not canonical, and takes it once it is', async () => {
    const padded = programmeRecord({ title: 'Chương trình mới ' });
    const [refused] = await pushAll([replica.create('programme', padded)]);
    expect(refusedField(refused)).toBe('title');
    const trimmed = { ...padded, title: 'Chương trình mới' };
    const [accepted] = await pushAll([replica.create('programme', trimmed)]);
    expect(accepted?.status).toBe('accepted');
  });

  function refusedFieldOrAccepted(result: PushResult): unknown {
    return result.status === 'accepted' ? 'accepted' : refusedField(result);
  }
});
