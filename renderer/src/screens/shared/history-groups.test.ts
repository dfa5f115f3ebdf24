import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../../shared/hlc/index.ts';
import type { HistoryActor, HistoryEntry } from '../../db/local-db.ts';
import { groupEdits, madeAt } from './history-groups.ts';

const NODE = '00000000000000a1';
const T0 = Date.UTC(2023, 2, 10, 3, 42);
const trang: HistoryActor = { kind: 'account', userId: 'u-trang' };
const tien: HistoryActor = { kind: 'person', personId: 'p-tien', verified: false };
let seq = 0;

function entry(
  field: string,
  oldValue: unknown,
  newValue: unknown,
  wallMs: number,
  actor: HistoryActor | null,
) {
  seq += 1;
  const row: HistoryEntry = {
    seq,
    entity: 'indicatorPeriod',
    recordId: 'ip-2022',
    field,
    oldValue,
    newValue,
    hlc: formatHlc({ wallMs, counter: 0, nodeId: NODE }),
    actorId: actor?.kind === 'account' ? actor.userId : null,
    actor,
    at: wallMs,
    origin: 'local',
  };
  return row;
}

const newestFirst = (rows: HistoryEntry[]) => [...rows].reverse();

describe('history lines grouped per edit', () => {
  it('keeps one write together, its lines in the order they were written', () => {
    const rows = [
      entry('result', 15, 16, T0, trang),
      entry('note', '', 'Theo báo cáo của phường', T0, trang),
    ];
    const edits = groupEdits(newestFirst(rows));
    expect(edits).toHaveLength(1);
    expect(edits[0]?.actor).toEqual(trang);
    expect(edits[0]?.at).toBe(T0);
    expect(edits[0]?.entries.map((e) => e.field)).toEqual(['result', 'note']);
  });

  it('tells apart actors, and edits of the same actor far apart in time', () => {
    const rows = [
      entry('result', 15, 16, T0, trang),
      entry('result', 16, 17, T0 + 5_000, tien),
      entry('result', 17, 18, T0 + 3_600_000, tien),
    ];
    const edits = groupEdits(newestFirst(rows));
    expect(edits.map((e) => e.actor)).toEqual([tien, tien, trang]);
  });

  it('reads a field changed twice within a minute as one change, first old → last new', () => {
    const rows = [entry('result', 15, 16, T0, trang), entry('result', 16, 18, T0 + 20_000, trang)];
    const edits = groupEdits(newestFirst(rows));
    expect(edits).toHaveLength(1);
    expect(edits[0]?.entries).toMatchObject([{ field: 'result', oldValue: 15, newValue: 18 }]);
  });

  it('drops a change undone within the edit, and an edit left with nothing', () => {
    const rows = [entry('result', 15, 16, T0, trang), entry('result', 16, 15, T0 + 10_000, trang)];
    expect(groupEdits(newestFirst(rows))).toEqual([]);
  });

  it('dates a pulled line by its stamp (when it was made), not by when it arrived', () => {
    const pulled = { ...entry('result', 1, 2, T0, trang), at: T0 + 86_400_000, origin: 'remote' as const };
    expect(madeAt(pulled)).toBe(T0);
    expect(madeAt({ hlc: 'not a stamp', at: 42 })).toBe(42);
  });

  it('reads old rows that name only an account', () => {
    const old = { ...entry('result', 1, 2, T0, null), actorId: 'u-trang' };
    delete old.actor;
    expect(groupEdits([old])[0]?.actor).toEqual(trang);
  });
});
