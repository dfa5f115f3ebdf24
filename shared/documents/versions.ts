import * as Y from 'yjs';
import { MINUTES_FRAGMENT } from './minutes-skeleton.ts';

/**
 * Named versions of a document ("Bản trình hội nghị", "Bản hoàn chỉnh"), kept IN the document, so every
 * office sees them and they sync and back up with it. A version is a Yjs snapshot (state vector + delete
 * set: a few bytes, not a copy of the text); the app's documents are never garbage-collected (gc: false on
 * every client and the server's log keeps deleted content), so any version can be rebuilt.
 * Restoring writes the version's content back as a NEW edit by whoever restores: nobody's later words are
 * rewound away, they are replaced in the open text like any edit and remain in the versions before it.
 */
export const VERSIONS_MAP = 'versions';

export interface VersionInfo {
  id: string;
  name: string;
  at: number;
  /** Who saved it, as the app names them. */
  by: string;
}

interface StoredVersion extends VersionInfo {
  snapshot: Uint8Array;
}

const versionsOf = (doc: Y.Doc) => doc.getMap<StoredVersion>(VERSIONS_MAP);

export function saveVersion(doc: Y.Doc, info: VersionInfo): void {
  if (doc.gc) throw new Error('versions need a document kept with gc: false');
  const snapshot = Y.encodeSnapshotV2(Y.snapshot(doc));
  versionsOf(doc).set(info.id, { ...info, snapshot });
}

/** Newest first. */
export function listVersions(doc: Y.Doc): VersionInfo[] {
  return [...versionsOf(doc).values()]
    .map(({ snapshot: _snapshot, ...info }) => info)
    .sort((a, b) => b.at - a.at);
}

/** The document as it was at the version (a new Y.Doc; destroy it after use). */
export function versionDoc(doc: Y.Doc, id: string): Y.Doc {
  const stored = versionsOf(doc).get(id);
  if (!stored) throw new RangeError(`No version ${id}`);
  return Y.createDocFromSnapshot(doc, Y.decodeSnapshotV2(stored.snapshot));
}

/** Replaces the current text with the version's, as one new edit (`origin` lets the caller mark it). */
export function restoreVersion(doc: Y.Doc, id: string, origin?: unknown): void {
  const old = versionDoc(doc, id);
  try {
    const source = old.getXmlFragment(MINUTES_FRAGMENT);
    const target = doc.getXmlFragment(MINUTES_FRAGMENT);
    doc.transact(() => {
      target.delete(0, target.length);
      // y-prosemirror writes elements and texts only (no XmlHook).
      const nodes = source
        .toArray()
        .map((node) => node.clone())
        .filter(
          (node): node is Y.XmlElement | Y.XmlText =>
            node instanceof Y.XmlElement || node instanceof Y.XmlText,
        );
      target.insert(0, nodes);
    }, origin);
  } finally {
    old.destroy();
  }
}

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

/** Line-by-line difference of two texts (longest common subsequence), for the side-by-side view. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as Uint32Array;
      row[j] =
        a[i] === b[j]
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i] ?? '' });
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || (lengths[i]?.[j + 1] ?? 0) >= (lengths[i + 1]?.[j] ?? 0))) {
      lines.push({ kind: 'added', text: b[j] ?? '' });
      j += 1;
    } else {
      lines.push({ kind: 'removed', text: a[i] ?? '' });
      i += 1;
    }
  }
  return lines;
}
