import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { mergeChange } from '../../../shared/sync/merge.ts';
import type { Writer } from '../log/change-log.ts';
import { detectConflicts, stampsToExplain } from './conflict-detection.ts';
import type { StoredData } from '../log/record-store.ts';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const stamp = (wallMs: number, nodeId: string) => formatHlc({ wallMs, counter: 0, nodeId });
const RECORD = '01900000-0000-7000-8000-000000000001';

const stored: StoredData = {
  id: RECORD,
  spaceId: 'directory',
  name: 'Tên của B',
  kind: 'ward',
  _deleted: 0,
  _clock: { name: stamp(2000, B), kind: stamp(1000, A) },
};
const writers = new Map<string, Writer>([
  [stamp(2000, B), { userId: 'user-b', clientId: 'laptop-b', userName: 'Anh Bình' }],
  [stamp(1000, A), { userId: 'user-a', clientId: 'laptop-a', userName: 'Chị An' }],
]);
const author = { userId: 'user-a', userName: 'Chị An', clientId: 'laptop-a' };

function change(
  wallMs: number,
  fields: Record<string, unknown>,
  base?: Record<string, string | null>,
): RecordChange {
  return {
    changeId: '01900000-0000-7000-8000-0000000000ff',
    entity: 'unit',
    recordId: RECORD,
    spaceId: 'directory',
    hlc: stamp(wallMs, A),
    fields,
    ...(base ? { base } : {}),
  };
}

function detect(c: RecordChange, known: ReadonlyMap<string, Writer> = writers) {
  return detectConflicts({ change: c, author, stored, merge: mergeChange(stored, c), writers: known });
}

describe('detectConflicts', () => {
  it('(a) a field lost to a later write by another client', () => {
    expect(detect(change(1500, { name: 'Tên của A' }))).toEqual([
      {
        field: 'name',
        kept: { value: 'Tên của B', hlc: stamp(2000, B), userId: 'user-b', userName: 'Anh Bình' },
        overwritten: { value: 'Tên của A', hlc: stamp(1500, A), userId: 'user-a', userName: 'Chị An' },
      },
    ]);
  });

  it('(b) a field won over a write the author had not seen', () => {
    const conflicts = detect(change(3000, { name: 'Tên của A' }, { name: stamp(500, A) }));
    expect(conflicts).toMatchObject([
      { field: 'name', kept: { value: 'Tên của A' }, overwritten: { value: 'Tên của B' } },
    ]);
  });

  it('none when the author saw the value, wrote it itself, wrote the same value, or sent no base', () => {
    expect(detect(change(3000, { name: 'Tên mới' }, { name: stamp(2000, B) }))).toEqual([]);
    expect(detect(change(3000, { kind: 'office' }, { kind: null }))).toEqual([]);
    expect(detect(change(1500, { name: 'Tên của B' }))).toEqual([]);
    expect(detect(change(3000, { name: 'Tên mới' }))).toEqual([]);
  });

  it('falls back to the HLC node id when the writer is unknown', () => {
    expect(detect(change(1500, { name: 'Tên của A' }), new Map())).toMatchObject([
      { field: 'name', kept: { userId: null, userName: 'Không rõ' } },
    ]);
  });

  it('asks only for the stamps it needs', () => {
    const c = change(3000, { name: 'x', kind: 'office' }, { name: null, kind: null });
    expect(stampsToExplain(c, stored, mergeChange(stored, c)).sort()).toEqual(
      [stamp(1000, A), stamp(2000, B)].sort(),
    );
    const noBase = change(3000, { name: 'x' });
    expect(stampsToExplain(noBase, stored, mergeChange(stored, noBase))).toEqual([]);
  });

  it('a set field merged by its element operations is never a conflict; a list written whole still is', () => {
    const [u1, u2, u3] = [
      '01900000-0000-7000-8000-0000000000a1',
      '01900000-0000-7000-8000-0000000000a2',
      '01900000-0000-7000-8000-0000000000a3',
    ];
    const task: StoredData = {
      id: RECORD,
      spaceId: 'directory',
      cooperatingUnitIds: [u1, u2],
      _deleted: 0,
      _clock: { cooperatingUnitIds: stamp(2000, B) },
    };
    const onTask = (c: RecordChange) =>
      detectConflicts({ change: c, author, stored: task, merge: mergeChange(task, c), writers });
    const base = { cooperatingUnitIds: stamp(1000, A) };
    const byOps: RecordChange = {
      ...change(3000, { cooperatingUnitIds: [u1, u3] }, base),
      entity: 'task',
      setOps: { cooperatingUnitIds: { add: [u3], remove: [] } },
    };
    expect(onTask(byOps)).toEqual([]);
    expect(onTask({ ...byOps, hlc: stamp(1500, A) })).toEqual([]);
    const whole: RecordChange = { ...change(3000, { cooperatingUnitIds: [u1, u3] }, base), entity: 'task' };
    expect(onTask(whole).map((c) => c.field)).toEqual(['cooperatingUnitIds']);
    expect(onTask({ ...whole, hlc: stamp(1500, A) }).map((c) => c.field)).toEqual(['cooperatingUnitIds']);
  });
});
