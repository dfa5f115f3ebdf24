import * as Y from 'yjs';

/**
 * The minutes (biên bản) skeleton as ONE pre-made Yjs update with the same bytes on every machine.
 *
 * Why: Yjs merges items by id (clientID, clock), never by content. A template typed into an empty doc on
 * two laptops offline gets two sets of ids, and the merge keeps both copies. Here the skeleton is built
 * once, deterministically, by a reserved client id, so every copy of it carries the SAME ids and applying
 * it twice (or receiving it from another machine) is a no-op.
 *
 * Rules:
 * - `MINUTES_TEMPLATE_CLIENT_ID` is reserved for the minutes-v1 template. No editing doc ever uses it:
 *   the skeleton doc is built, encoded and thrown away. Should a random clientID ever collide, Yjs itself
 *   gives the local doc a new one when a remote update (this one) advances its own client's clock.
 * - minutes-v1 is FROZEN. Changing any text, node or attribute below with the same client id would give
 *   different content under ids that existing documents already hold. A new layout is a new template
 *   (`minutes-v2`, a NEW reserved client id) applied to new documents only. The fixture hash in the test
 *   makes any change to the bytes a deliberate act.
 * - Blocks filled from meeting data (attendance from the roll call, agenda item sections, conclusions)
 *   are NOT in the skeleton. They are inserted later by ONE person's explicit action (with that person's
 *   own client id), never automatically on load on every machine. The same rule applies to "refresh
 *   this block": one person replaces the block's content as an ordinary edit.
 *
 * Node names and attributes are TipTap 3 / ProseMirror ones (StarterKit): heading{level}, paragraph,
 * orderedList, bulletList, listItem; text lives in Y.XmlText inside a block, as y-tiptap stores it.
 */

/** Reserved Yjs client id of the minutes-v1 template ("BB01" in ASCII). Never used by an editing doc. */
export const MINUTES_TEMPLATE_CLIENT_ID = 0x42423031;

/** The ProseMirror document lives in this fragment (TipTap Collaboration's default `field`). */
export const MINUTES_FRAGMENT = 'default';

/** Document metadata: schema version (guards against older builds erasing unknown nodes) and template. */
export const MINUTES_META = 'meta';
export const MINUTES_SCHEMA_VERSION = 1;
export const MINUTES_TEMPLATE = 'minutes-v1';

/** Transaction origin of `ensureSkeleton`, so an observer can tell the skeleton from a user's edit. */
export const SKELETON_ORIGIN = Symbol('minutes-skeleton');

type Inline = string;
type Block =
  | { type: 'heading'; level: number; text: Inline }
  | { type: 'paragraph'; text: Inline }
  | { type: 'orderedList' | 'bulletList'; items: readonly Inline[] };

/** The Party-style minutes: numbered sections, placeholders "…" to fill in, the two signature blocks. */
const SKELETON: readonly Block[] = [
  { type: 'heading', level: 1, text: 'BIÊN BẢN HỘI NGHỊ' },
  { type: 'paragraph', text: 'Số: …-BB/QU' },
  { type: 'heading', level: 2, text: 'I. Thời gian, địa điểm' },
  { type: 'bulletList', items: ['Thời gian bắt đầu: …', 'Địa điểm: …'] },
  { type: 'heading', level: 2, text: 'II. Thành phần tham dự' },
  {
    type: 'bulletList',
    items: ['Chủ trì: …', 'Thư ký (người ghi biên bản): …', 'Có mặt: …', 'Vắng mặt có lý do: …'],
  },
  { type: 'heading', level: 2, text: 'III. Nội dung hội nghị' },
  { type: 'paragraph', text: 'Diễn biến hội nghị theo từng nội dung trong chương trình:' },
  { type: 'orderedList', items: ['…'] },
  { type: 'heading', level: 2, text: 'IV. Kết luận của hội nghị' },
  { type: 'paragraph', text: '…' },
  { type: 'heading', level: 2, text: 'V. Kết thúc' },
  { type: 'paragraph', text: 'Hội nghị kết thúc vào lúc … giờ … phút, ngày … tháng … năm …' },
  { type: 'paragraph', text: 'THƯ KÝ HỘI NGHỊ' },
  { type: 'paragraph', text: '(Ký, ghi rõ họ tên)' },
  { type: 'paragraph', text: 'CHỦ TRÌ HỘI NGHỊ' },
  { type: 'paragraph', text: '(Ký, ghi rõ họ tên)' },
];

/** Puts `text` into `element` as its one Y.XmlText child, as y-tiptap stores a text block. */
function withText<E extends Y.XmlElement<{ [key: string]: number | string }>>(element: E, text: Inline): E {
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

const textBlock = (nodeName: string, text: Inline): Y.XmlElement =>
  withText(new Y.XmlElement(nodeName), text);

/**
 * A heading with a NUMERIC `level`, as y-tiptap writes it (a string "1" would differ from TipTap's attrs,
 * and y-tiptap would rewrite the node on first edit, with new ids). yjs's typings let `insert` take only
 * elements with string attributes, though Yjs stores any value; the runtime `instanceof` check bridges it.
 */
function headingElement(level: number, text: Inline): Y.XmlElement {
  const heading: unknown = withText(new Y.XmlElement('heading'), text);
  if (!(heading instanceof Y.XmlElement)) throw new TypeError('heading is not a Y.XmlElement');
  heading.setAttribute('level', level);
  return heading;
}

function blockElement(block: Block): Y.XmlElement {
  if (block.type === 'heading') {
    return headingElement(block.level, block.text);
  }
  if (block.type === 'paragraph') return textBlock('paragraph', block.text);
  const list = new Y.XmlElement(block.type);
  const items = block.items.map((text) => {
    const item = new Y.XmlElement('listItem');
    item.insert(0, [textBlock('paragraph', text)]);
    return item;
  });
  list.insert(0, items);
  return list;
}

function buildSkeletonUpdate(): Uint8Array {
  // Fixed guid and gc; the client id is set before any edit. No Date, no randomness anywhere below.
  const doc = new Y.Doc({ guid: MINUTES_TEMPLATE, gc: false });
  doc.clientID = MINUTES_TEMPLATE_CLIENT_ID;
  doc.transact(() => {
    const meta = doc.getMap<unknown>(MINUTES_META);
    meta.set('schemaVersion', MINUTES_SCHEMA_VERSION);
    meta.set('template', MINUTES_TEMPLATE);
    doc.getXmlFragment(MINUTES_FRAGMENT).insert(0, SKELETON.map(blockElement));
  });
  const update = Y.encodeStateAsUpdateV2(doc);
  doc.destroy();
  return update;
}

let cached: Uint8Array | null = null;

/** The skeleton as a V2 update: the same bytes on every call and every machine (a fresh copy each call). */
export function minutesSkeletonUpdate(): Uint8Array {
  cached ??= buildSkeletonUpdate();
  return cached.slice();
}

/** Applies the skeleton to `doc`. Idempotent: a doc that already holds it (from anyone) is unchanged. */
export function ensureSkeleton(doc: Y.Doc): void {
  Y.applyUpdateV2(doc, minutesSkeletonUpdate(), SKELETON_ORIGIN);
}
