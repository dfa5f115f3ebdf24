import { describe, expect, it } from 'vitest';
import { createDocumentUploads } from './document-uploads.ts';

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');

function recorder() {
  const sent: Array<{ docId: string; epoch: number | null; bytes: number[] }> = [];
  const uploads = createDocumentUploads({
    send: (docId, epoch, update) => {
      sent.push({ docId, epoch, bytes: [...Buffer.from(update, 'base64')] });
      return Promise.resolve({ epoch: epoch ?? 7, seq: sent.length });
    },
    maxOpen: 2,
  });
  return { sent, uploads };
}

const part = (transferId: string, index: number, parts: number, bytes: number[]) => ({
  docId: 'minutes:x',
  epoch: null,
  transferId,
  part: index,
  parts,
  data: b64(bytes),
});

describe('document uploads (main)', () => {
  it('sends the batch once, with its parts in order whatever order they came in', async () => {
    const { sent, uploads } = recorder();
    expect(await uploads.receive(part('transfer-1', 2, 3, [5, 6]))).toEqual({
      status: 'partial',
      received: 1,
    });
    expect(await uploads.receive(part('transfer-1', 0, 3, [1, 2]))).toEqual({
      status: 'partial',
      received: 2,
    });
    // A part sent twice (a retried call) counts once.
    expect(await uploads.receive(part('transfer-1', 0, 3, [1, 2]))).toEqual({
      status: 'partial',
      received: 2,
    });
    expect(sent).toEqual([]);
    expect(await uploads.receive(part('transfer-1', 1, 3, [3, 4]))).toEqual({
      status: 'stored',
      epoch: 7,
      seq: 1,
    });
    expect(sent).toEqual([{ docId: 'minutes:x', epoch: null, bytes: [1, 2, 3, 4, 5, 6] }]);
    expect(uploads.open()).toBe(0);
  });

  it('refuses a part that does not fit its transfer, and forgets that transfer', async () => {
    const { sent, uploads } = recorder();
    await uploads.receive(part('transfer-2', 0, 2, [1]));
    await expect(uploads.receive({ ...part('transfer-2', 1, 2, [2]), docId: 'notes:x' })).rejects.toThrow(
      /không khớp/,
    );
    expect(uploads.open()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('holds a bounded number of transfers, dropping the oldest', async () => {
    const { uploads } = recorder();
    await uploads.receive(part('transfer-a', 0, 2, [1]));
    await uploads.receive(part('transfer-b', 0, 2, [1]));
    await uploads.receive(part('transfer-c', 0, 2, [1]));
    expect(uploads.open()).toBe(2);
    // transfer-a was dropped: its second part starts a new transfer that waits for its first.
    expect(await uploads.receive(part('transfer-a', 1, 2, [2]))).toEqual({ status: 'partial', received: 1 });
  });
});
