import * as Y from 'yjs';
import { ensureSkeleton, MINUTES_FRAGMENT } from '../../shared/documents/minutes-skeleton.ts';
import { openLocalDb, type LocalDb } from '../../renderer/src/db/local-db.ts';
import type { CheckpointPolicy } from '../../renderer/src/documents/checkpoint-writer.ts';
import { writeCheckpoint } from '../../renderer/src/documents/doc-checkpoint.ts';
import { dropCount } from '../../renderer/src/documents/doc-log.ts';
import { receive } from '../../renderer/src/documents/document-sync.ts';
import { createDocumentRegistry } from '../../renderer/src/documents/open-document.ts';

/**
 * The minutes bench's page side (bench/documents.ts): builds a 50-page minutes document from typing-sized
 * edits in a real Y.Doc, stores it in the app's own Dexie tables (real IndexedDB) as one row per edit (unsent
 * rows are never compacted) without a checkpoint, the same with the checkpoint the app writes while they
 * are typed, and compacted, and times opening it the way the editor does.
 */
export interface DocumentsBenchApi {
  docsPrepare(
    dbName: string,
    edits: number,
    weekEdits: number,
    copies: number,
    tail: number,
  ): Promise<DocsPrepared>;
  /** `withoutCheckpoint`: the checkpoint is deleted before each open (the first open after an upgrade or restore). */
  docsOpen(dbName: string, docId: string, runs: number, withoutCheckpoint?: boolean): Promise<number[]>;
  /** The background write after `tail` typed rows: encode, check the rows since the last one, store. */
  docsCheckpointWrite(dbName: string, docId: string, runs: number): Promise<CheckpointTiming>;
  docsBareApply(dbName: string, docId: string, runs: number): Promise<number[]>;
  docsApplyWeek(dbName: string, runs: number): Promise<{ appMs: number[]; bareMs: number[] }>;
  /** Opens `count` compacted copies through the registry (kept open) or as bare Y.Docs. */
  docsHold(dbName: string, count: number, mode: 'app' | 'bare'): Promise<number>;
  docsRelease(): Promise<void>;
}

export interface DocsPrepared {
  characters: number;
  rows: number;
  rowBytes: number;
  compactedBytes: number;
  weekBytes: number;
  /** `minutes:checkpointed`: rows after its checkpoint, and the checkpoint's size. */
  tailRows: number;
  checkpointBytes: number;
}

export interface CheckpointTiming {
  writeMs: number[];
  /** The bare `Y.encodeStateAsUpdateV2` of the same open doc. */
  encodeMs: number[];
  rowsChecked: number;
}

/** The bench says when a checkpoint is written (the app's registry writes in the background). */
const manual: CheckpointPolicy = { openTail: Infinity, everyUpdates: Infinity, idleMs: 0, maxWaitMs: 0 };

const PARAGRAPH_EVERY = 60;
const words = [
  'Hội nghị',
  'Ban Chấp hành',
  'thống nhất',
  'chỉ tiêu',
  'đôn đốc',
  'phường',
  'kết luận',
  'báo cáo',
  'nhiệm vụ',
  'triển khai',
];

/** A deterministic typist: mostly small inserts at the end of a paragraph, some new paragraphs, a few deletions. */
function typist(doc: Y.Doc, seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  let current: Y.XmlText | null = null;
  const newParagraph = () => {
    const paragraph = new Y.XmlElement('paragraph');
    current = new Y.XmlText();
    paragraph.insert(0, [current]);
    fragment.insert(fragment.length, [paragraph]);
  };
  return (n: number) => {
    doc.transact(() => {
      if (!current || n % PARAGRAPH_EVERY === 0) newParagraph();
      const text = current as unknown as Y.XmlText;
      if (random() < 0.05 && text.length > 4) text.delete(text.length - 2, 2);
      else text.insert(text.length, `${words[Math.floor(random() * words.length)]?.slice(0, 3) ?? 'ý'} `);
    });
  };
}

const dbs = new Map<string, LocalDb>();
const dbOf = (name: string) => {
  let db = dbs.get(name);
  if (!db) {
    db = openLocalDb(name);
    dbs.set(name, db);
  }
  return db;
};
let week: { base: Uint8Array; update: Uint8Array } | null = null;
let held: Array<{ release?: () => void; doc: Y.Doc }> = [];

const time = async (work: () => Promise<unknown> | unknown) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/**
 * `minutes:checkpointed` as the app leaves it: all but the last `tail` rows stored and opened, the
 * checkpoint written through the registry, then the last `tail` edits typed into the open doc (the
 * registry appends them as unsent rows), closed before the next checkpoint was due.
 */
async function prepareCheckpointed(db: LocalDb, rows: readonly Uint8Array[], tail: number) {
  const docId = 'minutes:checkpointed';
  const split = Math.max(1, rows.length - tail);
  await db.docUpdates.bulkAdd(rows.slice(0, split).map((update) => ({ docId, update, unsent: 1 as const })));
  const registry = createDocumentRegistry(db, manual);
  const { open, release } = await registry.acquire(docId);
  if ((await registry.checkpoint(docId)) === null) throw new Error('no checkpoint written');
  for (const update of rows.slice(split)) Y.applyUpdateV2(open.doc, update, 'typing');
  await open.flushed();
  release();
  const checkpoint = await db.docCheckpoints.get(docId);
  const tailRows = await db.docUpdates
    .where('[docId+seq]')
    .between([docId, checkpoint?.upToSeq ?? 0], [docId, Infinity], false)
    .count();
  return { tailRows, checkpointBytes: checkpoint?.update.byteLength ?? 0 };
}

export const documentsApi: DocumentsBenchApi = {
  async docsPrepare(dbName, edits, weekEdits, copies, tail) {
    const db = dbOf(dbName);
    const doc = new Y.Doc({ gc: false });
    const rows: Uint8Array[] = [];
    // As the app's log has it: the skeleton's row first (stored when the minutes were first opened).
    doc.on('updateV2', (update: Uint8Array) => rows.push(update));
    ensureSkeleton(doc);
    const type = typist(doc, 7);
    for (let n = 0; n < edits; n += 1) type(n);
    const compacted = Y.encodeStateAsUpdateV2(doc);
    await db.docUpdates.bulkAdd(
      rows.map((update) => ({ docId: 'minutes:rows', update, unsent: 1 as const })),
    );
    for (let copy = 0; copy < copies; copy += 1) {
      await db.docUpdates.add({ docId: `minutes:compacted-${copy}`, update: compacted, unsent: 0 });
    }
    const checkpointed = await prepareCheckpointed(db, rows, tail);
    // Another office's week offline: its own client, typing into the same document, sent as one update.
    const other = new Y.Doc({ gc: false });
    Y.applyUpdateV2(other, compacted);
    const before = Y.encodeStateVector(other);
    const otherType = typist(other, 11);
    for (let n = 0; n < weekEdits; n += 1) otherType(n + 1);
    week = { base: compacted, update: Y.encodeStateAsUpdateV2(other, before) };
    const characters = doc
      .getXmlFragment(MINUTES_FRAGMENT)
      .toString()
      .replace(/<[^>]+>/g, '').length;
    return {
      characters,
      rows: rows.length,
      rowBytes: rows.reduce((sum, row) => sum + row.byteLength, 0),
      compactedBytes: compacted.byteLength,
      weekBytes: week.update.byteLength,
      ...checkpointed,
    };
  },

  async docsOpen(dbName, docId, runs, withoutCheckpoint = false) {
    const db = dbOf(dbName);
    const ms: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      if (withoutCheckpoint) await db.docCheckpoints.delete(docId);
      // The app's own registry and policy (a long tail schedules a background write; released before it).
      const registry = createDocumentRegistry(db);
      let release = () => {};
      ms.push(await time(async () => ({ release } = await registry.acquire(docId))));
      release();
    }
    return ms;
  },

  async docsCheckpointWrite(dbName, docId, runs) {
    const db = dbOf(dbName);
    const saved = await db.docCheckpoints.get(docId);
    if (!saved) throw new Error(`no checkpoint of ${docId}`);
    const { open, release } = await createDocumentRegistry(db, manual).acquire(docId);
    const base = { upToSeq: saved.upToSeq, generation: dropCount(db, docId) };
    const writeMs: number[] = [];
    const encodeMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      // As the open doc's writer finds it `tail` updates after its last checkpoint.
      writeMs.push(await time(() => writeCheckpoint(db, docId, open.doc, base)));
      await db.docCheckpoints.put(saved);
      encodeMs.push(await time(() => Y.encodeStateAsUpdateV2(open.doc)));
    }
    release();
    const rowsChecked = await db.docUpdates
      .where('[docId+seq]')
      .between([docId, saved.upToSeq], [docId, Infinity], false)
      .count();
    return { writeMs, encodeMs, rowsChecked };
  },

  async docsBareApply(dbName, docId, runs) {
    const [row] = await dbOf(dbName).docUpdates.where('docId').equals(docId).toArray();
    if (!row) throw new Error(`no row of ${docId}`);
    const ms: number[] = [];
    for (let run = 0; run < runs; run += 1)
      ms.push(await time(() => Y.applyUpdateV2(new Y.Doc({ gc: false }), row.update)));
    return ms;
  },

  async docsApplyWeek(dbName, runs) {
    if (!week) throw new Error('docsPrepare first');
    const { base, update } = week;
    const db = dbOf(dbName);
    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const docId = `minutes:week-${run}`;
      await db.docUpdates.add({ docId, update: base, unsent: 0 });
      const { open, release } = await createDocumentRegistry(db).acquire(docId);
      appMs.push(await time(() => receive(db, docId, open, update)));
      release();
      const bare = new Y.Doc({ gc: false });
      Y.applyUpdateV2(bare, base);
      bareMs.push(await time(() => Y.applyUpdateV2(bare, update)));
    }
    return { appMs, bareMs };
  },

  async docsHold(dbName, count, mode) {
    const db = dbOf(dbName);
    const [row] = await db.docUpdates.where('docId').equals('minutes:compacted-0').toArray();
    for (let copy = 0; copy < count; copy += 1) {
      if (mode === 'app') {
        const { open, release } = await createDocumentRegistry(db).acquire(`minutes:compacted-${copy}`);
        held.push({ release, doc: open.doc });
      } else {
        const doc = new Y.Doc({ gc: false });
        if (row) Y.applyUpdateV2(doc, row.update.slice());
        held.push({ doc });
      }
    }
    return held.length;
  },

  async docsRelease() {
    for (const entry of held) {
      entry.release?.();
      entry.doc.destroy();
    }
    held = [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  },
};
