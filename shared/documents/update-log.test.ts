import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MINUTES_FRAGMENT, ensureSkeleton, minutesSkeletonUpdate } from './minutes-skeleton.ts';
import {
  type UpdateLog,
  appendUpdate,
  compact,
  docRows,
  dropDoc,
  emptyUpdateLog,
  epochAction,
  loadInto,
  markSent,
  outgoingBatch,
  planCompaction,
} from './update-log.ts';

const DOC = 'minutes-1';
const OTHER = 'minutes-2';
const LOAD = Symbol('load');

/** An editing doc whose local updates are appended to `holder.log` as unsent, as the renderer will do. */
function recordingDoc(holder: { log: UpdateLog }, docId: string): Y.Doc {
  const doc = new Y.Doc();
  doc.on('updateV2', (update: Uint8Array, origin: unknown) => {
    if (origin !== LOAD) holder.log = appendUpdate(holder.log, docId, update, 1).log;
  });
  return doc;
}

function type(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [paragraph]);
}

function loaded(log: UpdateLog, docId: string): string {
  const doc = new Y.Doc();
  loadInto(doc, log, docId, LOAD);
  return doc.getXmlFragment(MINUTES_FRAGMENT).toString();
}

describe('update log', () => {
  it('appends with growing seqs that are never reused, even after the newest row is gone', () => {
    let log = appendUpdate(emptyUpdateLog, DOC, minutesSkeletonUpdate(), 0).log;
    log = appendUpdate(log, OTHER, minutesSkeletonUpdate(), 1).log;
    log = dropDoc(log, OTHER);
    const { row } = appendUpdate(log, DOC, new Uint8Array([0]), 1);
    expect(row.seq).toBe(3);
  });

  it('marks sent exactly the acknowledged seqs; an edit made while the batch was in flight stays unsent', () => {
    const holder = { log: emptyUpdateLog };
    const doc = recordingDoc(holder, DOC);
    ensureSkeleton(doc);
    type(doc, 'một');
    const batch = outgoingBatch(holder.log, DOC);
    expect(batch?.seqs).toEqual([1, 2]);
    type(doc, 'hai'); // while the batch is in flight
    holder.log = markSent(holder.log, DOC, batch?.seqs ?? []);
    expect(docRows(holder.log, DOC).map((row) => row.unsent)).toEqual([0, 0, 1]);
    expect(outgoingBatch(holder.log, DOC)?.seqs).toEqual([3]);
    expect(outgoingBatch(markSent(holder.log, DOC, [3]), DOC)).toBeNull();
  });

  it('sends a merged batch that reproduces the doc on the server', () => {
    const holder = { log: emptyUpdateLog };
    const doc = recordingDoc(holder, DOC);
    ensureSkeleton(doc);
    type(doc, 'một');
    type(doc, 'hai');
    const server = new Y.Doc();
    Y.applyUpdateV2(server, outgoingBatch(holder.log, DOC)?.update ?? new Uint8Array());
    expect(server.getXmlFragment(MINUTES_FRAGMENT).toString()).toBe(
      doc.getXmlFragment(MINUTES_FRAGMENT).toString(),
    );
  });

  it('compacts only sent rows into one and never touches unsent ones', () => {
    const holder = { log: emptyUpdateLog };
    const doc = recordingDoc(holder, DOC);
    ensureSkeleton(doc);
    type(doc, 'một');
    type(doc, 'hai');
    holder.log = markSent(holder.log, DOC, [1, 2]);
    type(doc, 'ba');
    holder.log = appendUpdate(holder.log, OTHER, minutesSkeletonUpdate(), 0).log;
    const before = docRows(holder.log, DOC);
    const after = compact(holder.log, DOC);
    const rows = docRows(after, DOC);
    expect(rows.map((row) => [row.seq, row.unsent])).toEqual([
      [2, 0],
      [3, 1],
      [4, 1],
    ]);
    expect(rows[1]).toBe(before[2]); // the unsent rows are the very same objects
    expect(rows[2]).toBe(before[3]);
    expect(docRows(after, OTHER)).toEqual(docRows(holder.log, OTHER));
    expect(outgoingBatch(after, DOC)).toEqual(outgoingBatch(holder.log, DOC));
    expect(loaded(after, DOC)).toBe(doc.getXmlFragment(MINUTES_FRAGMENT).toString());
    expect(after.lastSeq).toBe(holder.log.lastSeq);
  });

  it('keeps a batch in flight intact through a compaction, so the late ack still finds its rows', () => {
    const holder = { log: emptyUpdateLog };
    const doc = recordingDoc(holder, DOC);
    ensureSkeleton(doc);
    holder.log = markSent(holder.log, DOC, [1]);
    holder.log = appendUpdate(holder.log, DOC, minutesSkeletonUpdate(), 0).log; // an echo from the server
    type(doc, 'một');
    const batch = outgoingBatch(holder.log, DOC);
    holder.log = compact(holder.log, DOC); // the periodic compaction runs before the ack arrives
    holder.log = markSent(holder.log, DOC, batch?.seqs ?? []);
    expect(outgoingBatch(holder.log, DOC)).toBeNull();
    expect(loaded(holder.log, DOC)).toBe(doc.getXmlFragment(MINUTES_FRAGMENT).toString());
  });

  it('has nothing to compact with fewer than two sent rows, or with only unsent rows', () => {
    const holder = { log: emptyUpdateLog };
    const doc = recordingDoc(holder, DOC);
    ensureSkeleton(doc);
    type(doc, 'một');
    expect(planCompaction(holder.log, DOC)).toBeNull();
    expect(planCompaction(markSent(holder.log, DOC, [1]), DOC)).toBeNull();
  });

  it('loads every row, sent and unsent, without re-appending them', () => {
    const holder = { log: emptyUpdateLog };
    const doc = recordingDoc(holder, DOC);
    ensureSkeleton(doc);
    type(doc, 'một');
    holder.log = compact(markSent(holder.log, DOC, [1, 2]), DOC);
    type(doc, 'hai');
    const reopened = recordingDoc(holder, DOC);
    const rowsBefore = holder.log.rows.length;
    expect(loadInto(reopened, holder.log, DOC, LOAD)).toBe(2);
    expect(holder.log.rows.length).toBe(rowsBefore);
    expect(reopened.getXmlFragment(MINUTES_FRAGMENT).toString()).toBe(
      doc.getXmlFragment(MINUTES_FRAGMENT).toString(),
    );
  });

  it('drops the local copy only when the server epoch is newer', () => {
    expect(epochAction(1, 1)).toBe('in-sync');
    expect(epochAction(1, 2)).toBe('drop-and-refetch');
    expect(epochAction(3, 2)).toBe('server-behind');
    let log = appendUpdate(emptyUpdateLog, DOC, minutesSkeletonUpdate(), 1).log;
    log = appendUpdate(log, OTHER, minutesSkeletonUpdate(), 1).log;
    log = dropDoc(log, DOC);
    expect(docRows(log, DOC)).toEqual([]);
    expect(docRows(log, OTHER)).toHaveLength(1);
  });
});
