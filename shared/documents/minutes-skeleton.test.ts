import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  MINUTES_FRAGMENT,
  MINUTES_META,
  MINUTES_TEMPLATE_CLIENT_ID,
  ensureSkeleton,
  minutesSkeletonUpdate,
} from './minutes-skeleton.ts';

/**
 * sha256 of minutesSkeletonUpdate() with yjs 13.6.33. A different hash means the skeleton's bytes changed:
 * if a yjs upgrade only re-encodes the same items, update the hash; if the content changed, that is a NEW
 * template (see minutes-skeleton.ts), never an edit of minutes-v1.
 */
const SKELETON_SHA256 = 'b5566c75da3c80440870de24212a60216366d8a721dc0fcb6f1b4ee1694d9b59';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

/** A doc as a real client has it: random client id, skeleton applied, then one local paragraph. */
function offlineClient(text: string): Y.Doc {
  const doc = new Y.Doc();
  ensureSkeleton(doc);
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  fragment.insert(fragment.length, [paragraph(text)]);
  return doc;
}

function nodeNames(fragment: Y.XmlFragment): Set<string> {
  const names = new Set<string>();
  for (const element of fragment.createTreeWalker(() => true)) {
    if (element instanceof Y.XmlElement) names.add(element.nodeName);
  }
  return names;
}

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('minutes skeleton', () => {
  it('has the same bytes on every call, matching the checked-in hash', () => {
    const first = minutesSkeletonUpdate();
    const second = minutesSkeletonUpdate();
    expect(second).toEqual(first);
    first[0] = first[0] === 0 ? 1 : 0; // callers get copies: mutating one does not alter the next call
    expect(minutesSkeletonUpdate()).toEqual(second);
    expect(sha256(second)).toBe(SKELETON_SHA256);
  });

  it('is written by the reserved template client only, with the metadata and the sections', () => {
    const doc = new Y.Doc();
    ensureSkeleton(doc);
    expect([...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()]).toEqual([MINUTES_TEMPLATE_CLIENT_ID]);
    expect(doc.clientID).not.toBe(MINUTES_TEMPLATE_CLIENT_ID);
    expect(doc.getMap(MINUTES_META).toJSON()).toEqual({ schemaVersion: 1, template: 'minutes-v1' });
    const xml = doc.getXmlFragment(MINUTES_FRAGMENT).toString();
    expect(xml).toMatch(
      /^<heading level="1">BIÊN BẢN HỘI NGHỊ<\/heading><paragraph>Số: …-BB\/QU<\/paragraph>/,
    );
    for (const heading of [
      'I. Thời gian, địa điểm',
      'II. Thành phần tham dự',
      'III. Nội dung hội nghị',
      'IV. Kết luận của hội nghị',
      'V. Kết thúc',
    ]) {
      expect(xml).toContain(`<heading level="2">${heading}</heading>`);
    }
    for (const line of [
      'Chủ trì: …',
      'Thư ký (người ghi biên bản): …',
      'Có mặt: …',
      'Vắng mặt có lý do: …',
    ]) {
      expect(xml).toContain(`<listitem><paragraph>${line}</paragraph></listitem>`);
    }
    expect(xml).toContain('<orderedlist><listitem><paragraph>…</paragraph></listitem></orderedlist>');
    const first = doc.getXmlFragment(MINUTES_FRAGMENT).get(0);
    expect(first instanceof Y.XmlElement && first.getAttributes()).toEqual({ level: 1 }); // a number, as TipTap's
    // toString() lower-cases names; TipTap needs them exactly as its node types are named.
    expect(nodeNames(doc.getXmlFragment(MINUTES_FRAGMENT))).toEqual(
      new Set(['heading', 'paragraph', 'bulletList', 'orderedList', 'listItem']),
    );
    expect(xml).toMatch(/<paragraph>THƯ KÝ HỘI NGHỊ<\/paragraph>.*<paragraph>CHỦ TRÌ HỘI NGHỊ<\/paragraph>/);
  });

  it('appears once after two offline copies exchange updates, in either order', () => {
    const a = offlineClient('Đoạn của máy A');
    const b = offlineClient('Đoạn của máy B');
    const fromA = Y.encodeStateAsUpdateV2(a);
    const fromB = Y.encodeStateAsUpdateV2(b);
    Y.applyUpdateV2(a, fromB);
    Y.applyUpdateV2(b, fromA);
    // Re-delivery in the other order, and the skeleton again, change nothing.
    Y.applyUpdateV2(b, fromB);
    Y.applyUpdateV2(a, fromA);
    ensureSkeleton(a);
    const xmlA = a.getXmlFragment(MINUTES_FRAGMENT).toString();
    expect(b.getXmlFragment(MINUTES_FRAGMENT).toString()).toBe(xmlA);
    expect(occurrences(xmlA, 'BIÊN BẢN HỘI NGHỊ')).toBe(1);
    expect(occurrences(xmlA, 'CHỦ TRÌ HỘI NGHỊ')).toBe(1);
    expect(occurrences(xmlA, 'Đoạn của máy A')).toBe(1);
    expect(occurrences(xmlA, 'Đoạn của máy B')).toBe(1);
  });

  it('leaves a doc that already holds it unchanged', () => {
    const doc = offlineClient('Nội dung đã gõ');
    const before = Y.encodeStateVector(doc);
    const xmlBefore = doc.getXmlFragment(MINUTES_FRAGMENT).toString();
    let updates = 0;
    doc.on('updateV2', () => updates++);
    ensureSkeleton(doc);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(doc.getXmlFragment(MINUTES_FRAGMENT).toString()).toBe(xmlBefore);
    expect(updates).toBe(0);
  });

  it('gives a doc that received the skeleton from another machine nothing new', () => {
    const origin = offlineClient('x');
    const receiver = new Y.Doc();
    Y.applyUpdateV2(receiver, Y.encodeStateAsUpdateV2(origin));
    const before = Y.encodeStateVector(receiver);
    ensureSkeleton(receiver);
    expect(Y.encodeStateVector(receiver)).toEqual(before);
  });
});
