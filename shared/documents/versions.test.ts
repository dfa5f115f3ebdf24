import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ensureSkeleton, MINUTES_FRAGMENT } from './minutes-skeleton.ts';
import { plainText } from './plain-text.ts';
import { lineDiff, listVersions, restoreVersion, saveVersion, versionDoc } from './versions.ts';

function addParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  fragment.insert(fragment.length, [paragraph]);
}

const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdateV2(to, Y.encodeStateAsUpdateV2(from, Y.encodeStateVector(to)));

describe('named versions of the minutes', () => {
  it('rebuild the text as it was, on another machine too', () => {
    const office = new Y.Doc({ gc: false });
    ensureSkeleton(office);
    addParagraph(office, 'Đồng chí Bí thư khai mạc hội nghị.');
    saveVersion(office, { id: 'v1', name: 'Bản trình hội nghị', at: 1, by: 'Văn phòng' });
    const atVersion = plainText(office);
    addParagraph(office, 'Hội nghị thống nhất 6 nội dung.');
    const member = new Y.Doc({ gc: false });
    sync(office, member);
    expect(listVersions(member).map((v) => v.name)).toEqual(['Bản trình hội nghị']);
    const old = versionDoc(member, 'v1');
    expect(plainText(old)).toBe(atVersion);
    expect(plainText(member)).toContain('6 nội dung');
  });

  it('restore is a new edit: the text comes back, later words stay in a later version, and it syncs once', () => {
    const office = new Y.Doc({ gc: false });
    ensureSkeleton(office);
    saveVersion(office, { id: 'draft', name: 'Bản trình hội nghị', at: 1, by: 'Văn phòng' });
    const draft = plainText(office);
    addParagraph(office, 'Ý kiến của đồng chí Chủ tịch UBND.');
    saveVersion(office, { id: 'final', name: 'Bản hoàn chỉnh', at: 2, by: 'Văn phòng' });
    const member = new Y.Doc({ gc: false });
    sync(office, member);
    restoreVersion(member, 'draft');
    expect(plainText(member)).toBe(draft);
    sync(member, office);
    expect(plainText(office)).toBe(draft);
    const final = versionDoc(office, 'final');
    expect(plainText(final)).toContain('Ý kiến của đồng chí Chủ tịch UBND.');
    expect(listVersions(office).map((v) => v.id)).toEqual(['final', 'draft']);
  });

  it('a line diff marks what was added and removed, keeping the rest in order', () => {
    expect(lineDiff('a\nb\nc', 'a\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });
});
