import { describe, expect, it } from 'vitest';
import { decodeNotice, encodePresenceNotice } from './notice.ts';
import { PresenceBoard } from './presence-board.ts';

const an = { userId: 'u-an', name: 'Nguyễn Văn An' };
const binh = { userId: 'u-binh', name: 'Trần Thị Bình' };
const cuong = { userId: 'u-cuong', name: 'Lê Văn Cường' };
const doc = 'minutes:a';

describe('presence board (one instance)', () => {
  it("replaces a connection's documents, and names each user once whatever their connections", () => {
    const board = new PresenceBoard(60_000);
    const first = {};
    const second = {};
    expect(board.declare(first, an, [doc, 'notes:a'])).toEqual({
      added: [doc, 'notes:a'],
      changed: [doc, 'notes:a'],
    });
    board.declare(second, an, [doc]);
    expect(board.localUsers(doc)).toEqual([an]);
    expect(board.declare(first, an, ['notes:a'])).toEqual({ added: [], changed: [doc] });
    expect(board.localUsers(doc)).toEqual([an]);
    expect(board.leave(second)).toEqual([doc]);
    expect(board.localUsers(doc)).toEqual([]);
    expect(board.localDocIds()).toEqual(['notes:a']);
  });

  it("merges other instances' sets until they expire, each set replacing that instance's last", () => {
    const board = new PresenceBoard(60_000);
    board.declare({}, binh, [doc]);
    board.receive('other', doc, [an, cuong], 1_000);
    expect(board.viewers(doc, 1_000)).toEqual([cuong, an, binh]);
    board.receive('other', doc, [an], 2_000);
    expect(board.viewers(doc, 2_000)).toEqual([an, binh]);
    expect(board.sweep(61_999)).toEqual([]);
    expect(board.viewers(doc, 62_000)).toEqual([binh]);
    expect(board.sweep(62_000)).toEqual([doc]);
    board.receive('third', doc, [cuong], 70_000);
    board.receive('third', doc, [], 71_000);
    expect(board.viewers(doc, 71_000)).toEqual([binh]);
  });
});

describe('presence notices between instances', () => {
  it('round-trips, and stays under the NOTIFY limit by leaving out the last users', () => {
    const notice = { type: 'presence' as const, instanceId: 'i1', docId: doc, users: [an, binh] };
    expect(decodeNotice(encodePresenceNotice(notice))).toEqual(notice);
    const many = Array.from({ length: 50 }, (_, i) => ({
      userId: `u-${i}`,
      name: `${'Đ'.repeat(180)} ${i}`,
    }));
    const payload = encodePresenceNotice({ ...notice, users: many });
    expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    const decoded = decodeNotice(payload);
    expect(
      decoded && 'type' in decoded && decoded.type === 'presence' && decoded.users.length,
    ).toBeGreaterThan(10);
    expect(
      decodeNotice(JSON.stringify({ type: 'presence', instanceId: 'i1', docId: doc, users: 'x' })),
    ).toBeNull();
  });
});
