import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeMany } from './merge-many.ts';

describe('mergeMany', () => {
  it('gives the same document as applying every update, across several levels of the tree', () => {
    const doc = new Y.Doc({ gc: false });
    const updates: Uint8Array[] = [];
    doc.on('updateV2', (update: Uint8Array) => updates.push(update));
    const text = doc.getText('body');
    for (let n = 0; n < 5_000; n += 1) {
      if (n % 7 === 6) text.delete(0, 1);
      else text.insert(text.length, `${n % 10}`);
    }
    const merged = mergeMany(updates);
    const copy = new Y.Doc({ gc: false });
    Y.applyUpdateV2(copy, merged);
    expect(copy.getText('body').toString()).toBe(text.toString());
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
    expect(mergeMany([updates[0] ?? new Uint8Array()])).toBe(updates[0]);
  });
});
