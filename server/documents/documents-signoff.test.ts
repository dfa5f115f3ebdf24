import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleRecords } from '../../shared/test-support/sample-records.ts';
import { documentId } from '../../shared/sync/documents-api.ts';
import { backends } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { meetingRecord, TestReplica } from '../test/records.ts';
import { pushBatch } from '../test/sync-client.ts';
import { editedDoc, errorMessage, pushUpdates, type TestDocument } from './document-client.ts';

/** Approved minutes (a `minutesSignOff` record) take updates from the office only, on a real server. */
describe.each(backends)('minutes after the chair approved them, on $name', (backend) => {
  let server: TestServer;
  let office = '';
  let writer = '';
  const meeting = meetingRecord();
  const minutes: TestDocument = {
    meetingId: meeting.id,
    spaceId: meeting.spaceId,
    docId: documentId('minutes', meeting.id),
  };
  const notes: TestDocument = { ...minutes, docId: documentId('notes', meeting.id) };
  const replica = new TestReplica();
  const signOff = {
    ...sampleRecords.minutesSignOff,
    id: meeting.id,
    spaceId: meeting.spaceId,
    meetingId: meeting.id,
  };
  let epoch: number | null = null;

  const edit = async (token: string, target: TestDocument, text: string) => {
    const update = Y.encodeStateAsUpdateV2(editedDoc(null, 0, text));
    const answer = await pushUpdates(server, token, target, { epoch: null, updates: [update] });
    if (answer.status === 200) epoch = Number(answer.body.epoch);
    return answer;
  };
  const push = async (token: string, change: ReturnType<TestReplica['create']>) =>
    (await pushBatch(server, token, replica.batch([change]))).results[0]?.status;

  beforeAll(async () => {
    server = await startTestServer(backend);
    const admin = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    expect(await push(admin, replica.create('meeting', meeting))).toBe('accepted');
    const grant = (role: 'write' | 'manage') => ({ grants: [{ spaceId: meeting.spaceId, role }] });
    office = (await login(server, await createTestUser(server, grant('manage')))).accessToken;
    writer = (await login(server, await createTestUser(server, grant('write')))).accessToken;
  });
  afterAll(() => server.stop());

  it('before the approval every writer writes the minutes', async () => {
    expect((await edit(writer, minutes, 'Đồng chí Bí thư phát biểu khai mạc. ')).status).toBe(200);
    expect(epoch).not.toBeNull();
  });

  it('only the office records the approval', async () => {
    expect(await push(writer, replica.create('minutesSignOff', signOff))).toBe('rejected');
    expect(await push(office, replica.create('minutesSignOff', signOff))).toBe('accepted');
  });

  it('then refuses the minutes to a plain writer, with the reason, and takes the office’s correction', async () => {
    const refused = await edit(writer, minutes, 'Sửa sau khi duyệt. ');
    expect(refused.status).toBe(403);
    expect(errorMessage(refused)).toContain('chủ trì duyệt');
    expect((await edit(office, minutes, 'Văn phòng sửa lỗi chính tả. ')).status).toBe(200);
    // The working notes are not approved: every writer still writes them.
    expect((await edit(writer, notes, 'Ghi chép thêm. ')).status).toBe(200);
  });

  it('a withdrawn approval opens the minutes to the writers again, and only the office withdraws it', async () => {
    const withdraw = () => replica.update('minutesSignOff', signOff, { state: 'withdrawn' });
    expect(await push(writer, withdraw())).toBe('rejected');
    expect(await push(office, replica.remove('minutesSignOff', signOff))).toBe('rejected');
    expect(await push(office, withdraw())).toBe('accepted');
    expect((await edit(writer, minutes, 'Bổ sung sau khi mở lại. ')).status).toBe(200);
  });

  it('the same meeting can be approved again, and is then closed again', async () => {
    const approve = replica.update('minutesSignOff', signOff, { state: 'approved', approvedAt: Date.now() });
    expect(await push(office, approve)).toBe('accepted');
    expect((await edit(writer, minutes, 'Sửa sau lần duyệt thứ hai. ')).status).toBe(403);
  });
});
