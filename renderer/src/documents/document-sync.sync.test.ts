import { describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { MINUTES_FRAGMENT } from '../../../shared/documents/minutes-skeleton.ts';
import { documentId, documentSpace } from '../../../shared/sync/documents-api.ts';
import { createTestClient, type TestClient } from '../../test/sync-clients.ts';
import { setGrant } from '../../test/server-state.ts';
import { syncDocument } from './document-sync.ts';
import { createDocumentRegistry, type DocumentRegistry } from './open-document.ts';
import { plainText } from '../../../shared/documents/plain-text.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { recordApproval } from '../data/minutes-signoff.ts';
import { createRecord } from '../db/write.ts';

/** The minutes' local log and its sync against a real server (PGlite; PostgreSQL with TEST_DATABASE_URL). */
const servers = inject('syncServers');

interface Office {
  client: TestClient;
  registry: DocumentRegistry;
}

const contextOf = (office: Office) => ({
  db: office.client.db,
  transport: office.client.documents,
  registry: office.registry,
});

/** Appends a paragraph after the heading that starts with `heading` (as an editor would: one transaction). */
function addParagraphAfter(doc: Y.Doc, heading: string, text: string): void {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const index = fragment
    .toArray()
    .findIndex((node) => node instanceof Y.XmlElement && node.toString().includes(heading));
  if (index < 0) throw new Error(`no heading ${heading}`);
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  fragment.insert(index + 1, [paragraph]);
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe.each(servers.map((server) => [server.backend, server] as const))(
  'minutes on %s',
  (_backend, server) => {
    const [userA, userB] = server.users;
    if (!userA || !userB) throw new Error('the sync suite needs two users');

    const offices = async (meetingId: string): Promise<[Office, Office]> => {
      const spaceId = documentSpace(documentId('minutes', meetingId)) ?? '';
      for (const user of [userA, userB]) {
        await setGrant(server.controlUrl, 'grant', { username: user.username, spaceId, role: 'write' });
      }
      const a = await createTestClient(server.url, userA, 'van-phong');
      const b = await createTestClient(server.url, userB, 'uy-vien');
      return [
        { client: a, registry: createDocumentRegistry(a.db) },
        { client: b, registry: createDocumentRegistry(b.db) },
      ];
    };

    it('two offices start the same minutes offline: one skeleton, both paragraphs once, after reloads too', async () => {
      const meetingId = uuidv7(Date.now());
      const docId = documentId('minutes', meetingId);
      const [a, b] = await offices(meetingId);
      const docA = (await a.registry.acquire(docId)).open;
      const docB = (await b.registry.acquire(docId)).open;
      addParagraphAfter(
        docA.doc,
        'III. Nội dung',
        'Đồng chí Phó Bí thư trình bày dự thảo báo cáo chính trị.',
      );
      addParagraphAfter(
        docB.doc,
        'IV. Kết luận',
        'Giao Văn phòng Quận ủy hoàn thiện dự thảo trước ngày 15/12.',
      );
      for (const office of [a, b, a]) await syncDocument(contextOf(office), docId);
      expect(plainText(docA.doc)).toBe(plainText(docB.doc));
      const text = plainText(docA.doc);
      expect(count(text, 'BIÊN BẢN HỘI NGHỊ')).toBe(1);
      expect(count(text, 'dự thảo báo cáo chính trị')).toBe(1);
      expect(count(text, 'trước ngày 15/12')).toBe(1);
      // A reload opens from the local log alone, and the server's log decodes to the same words.
      for (const office of [a, b]) {
        const reopened = (await createDocumentRegistry(office.client.db).acquire(docId)).open;
        expect(plainText(reopened.doc)).toBe(text);
      }
      const fresh = new Y.Doc();
      const answer = await a.client.documents.sync(docId, null, Y.encodeStateVector(fresh));
      Y.applyUpdateV2(fresh, answer.update);
      expect(plainText(fresh)).toBe(text);
      expect(await a.client.db.docUpdates.where('[docId+unsent]').equals([docId, 1]).count()).toBe(0);
    });

    it('an edit typed while a batch is in flight stays unsent and goes with the next sync', async () => {
      const meetingId = uuidv7(Date.now());
      const docId = documentId('minutes', meetingId);
      const [a, b] = await offices(meetingId);
      const docA = (await a.registry.acquire(docId)).open;
      const sending = syncDocument(contextOf(a), docId);
      addParagraphAfter(docA.doc, 'V. Kết thúc', 'Hội nghị bế mạc lúc 11 giờ 30 phút.');
      await sending;
      await syncDocument(contextOf(a), docId);
      const docB = (await b.registry.acquire(docId)).open;
      await syncDocument(contextOf(b), docId);
      expect(count(plainText(docB.doc), 'bế mạc lúc 11 giờ 30')).toBe(1);
    });

    it('a write the server refuses is kept as a side copy, and the local copy becomes the server’s again', async () => {
      const meetingId = uuidv7(Date.now());
      const docId = documentId('minutes', meetingId);
      const [a, b] = await offices(meetingId);
      await syncDocument(contextOf(a), docId);
      const spaceId = documentSpace(docId) ?? '';
      await setGrant(server.controlUrl, 'grant', { username: userB.username, spaceId, role: 'read' });
      const docB = (await b.registry.acquire(docId)).open;
      addParagraphAfter(docB.doc, 'IV. Kết luận', 'Ý kiến bổ sung của đồng chí Ủy viên.');
      const report = await syncDocument(contextOf(b), docId);
      expect(report.refetched).toBe(true);
      const [side] = await b.client.db.docSideCopies.where('docId').equals(docId).toArray();
      expect(side?.reason).toBe('refused');
      expect(side?.text).toContain('Ý kiến bổ sung của đồng chí Ủy viên.');
      const reopened = (await b.registry.acquire(docId)).open;
      expect(plainText(reopened.doc)).not.toContain('Ý kiến bổ sung');
      expect(plainText(reopened.doc)).toContain('BIÊN BẢN HỘI NGHỊ');
    });

    it('once the chair’s approval is recorded, a member’s offline edit is refused and kept aside; the office’s lands', async () => {
      const meetingId = uuidv7(Date.now());
      const docId = documentId('minutes', meetingId);
      const [office, member] = await offices(meetingId);
      const spaceId = documentSpace(docId) ?? '';
      await setGrant(server.controlUrl, 'grant', { username: userA.username, spaceId, role: 'manage' });
      await syncDocument(contextOf(office), docId);
      const memberDoc = (await member.registry.acquire(docId)).open;
      addParagraphAfter(memberDoc.doc, 'IV. Kết luận', 'Đề nghị sửa câu chữ sau khi đã duyệt.');
      // The office records the approval while the member is offline.
      await createRecord(office.client.write, 'meeting', {
        ...sampleRecords.meeting,
        id: meetingId,
        spaceId,
      });
      const approval = {
        approverId: null,
        approverText: 'Đồng chí Bí thư',
        approvedAt: Date.now(),
        note: null,
      };
      await recordApproval(office.client.write, meetingId, approval);
      await office.client.engine.syncOnce();
      expect(await office.client.db.outbox.count()).toBe(0);

      const report = await syncDocument(contextOf(member), docId);
      expect(report.refetched).toBe(true);
      const [side] = await member.client.db.docSideCopies.where('docId').equals(docId).toArray();
      expect(side?.text).toContain('Đề nghị sửa câu chữ sau khi đã duyệt.');
      expect(side?.message).toContain('chủ trì duyệt');
      // Only what the refused edit changed, not the whole minutes.
      expect(side?.text).toBe('Đề nghị sửa câu chữ sau khi đã duyệt.');
      expect(side?.update).not.toBeNull();

      const officeDoc = (await office.registry.acquire(docId)).open;
      addParagraphAfter(officeDoc.doc, 'IV. Kết luận', 'Văn phòng sửa lỗi chính tả.');
      expect((await syncDocument(contextOf(office), docId)).pushedRows).toBeGreaterThan(0);
      await syncDocument(contextOf(member), docId);
      const text = plainText((await member.registry.acquire(docId)).open.doc);
      expect(text).toContain('Văn phòng sửa lỗi chính tả.');
      expect(text).not.toContain('Đề nghị sửa câu chữ');
    });
  },
);
