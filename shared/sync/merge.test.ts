import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc/index.ts';
import type { RecordChange } from './change.ts';
import { mergeChange, mergeStoredRecord } from './merge.ts';
import type { StoredRecord } from './record.ts';

const recordId = '0190f5a0-0000-7000-8000-000000000001';
const nodes = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
type Task = { id: string; spaceId: string; title?: string; status?: string; progress?: number };

let seq = 0;
function change(
  hlc: { wallMs: number; counter: number; nodeId: string },
  fields: Record<string, unknown>,
  deleted = false,
): RecordChange {
  seq += 1;
  return {
    changeId: `0190f5a0-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    entity: 'task',
    recordId,
    spaceId: 'directory',
    hlc: formatHlc(hlc),
    fields,
    ...(deleted ? { deleted: true } : {}),
  };
}

function applyAll(changes: RecordChange[]): StoredRecord<Task> | undefined {
  return changes.reduce<StoredRecord<Task> | undefined>(
    (record, c) => mergeChange<Task>(record, c).record,
    undefined,
  );
}

describe('mergeChange', () => {
  it('keeps the later write of each field, whatever order they come in', () => {
    const early = change(
      { wallMs: 1000, counter: 0, nodeId: nodes[0] ?? '' },
      { title: 'Dự thảo', status: 'not_started' },
    );
    const late = change({ wallMs: 2000, counter: 0, nodeId: nodes[1] ?? '' }, { status: 'in_progress' });
    const forward = applyAll([early, late]);
    const backward = applyAll([late, early]);
    expect(forward).toEqual(backward);
    expect(forward).toMatchObject({ title: 'Dự thảo', status: 'in_progress', _deleted: 0 });
  });

  it('reports which fields a change set and which it lost', () => {
    const late = change({ wallMs: 2000, counter: 0, nodeId: nodes[1] ?? '' }, { status: 'done' });
    const record = applyAll([late]);
    const early = change(
      { wallMs: 1000, counter: 0, nodeId: nodes[0] ?? '' },
      { status: 'paused', progress: 40 },
    );
    const result = mergeChange(record, early);
    expect(result.superseded).toEqual(['status']);
    expect(result.applied).toEqual([{ field: 'progress', oldValue: undefined, newValue: 40 }]);
  });

  it('is idempotent: the same change twice changes nothing the second time', () => {
    const c = change({ wallMs: 1000, counter: 0, nodeId: nodes[0] ?? '' }, { title: 'Kế hoạch' });
    const once = mergeChange<Task>(undefined, c);
    const twice = mergeChange(once.record, c);
    expect(twice.record).toEqual(once.record);
    expect(twice.applied).toEqual([]);
    expect(twice.superseded).toEqual([]);
  });

  it('never lets a change rewrite the id or space, or smuggle meta fields', () => {
    const c = change(
      { wallMs: 1000, counter: 0, nodeId: nodes[0] ?? '' },
      {
        id: 'other',
        spaceId: 'meeting:x',
        _deleted: 0,
        _clock: {},
        title: 'A',
      },
    );
    const { record } = mergeChange<Task>(undefined, c);
    expect(record).toMatchObject({ id: recordId, spaceId: 'directory', title: 'A', _deleted: 0 });
    expect(Object.keys(record._clock)).toEqual(['title']);
  });

  it('orders a delete against edits by its clock: a later edit cannot resurrect it', () => {
    const del = change({ wallMs: 2000, counter: 0, nodeId: nodes[0] ?? '' }, {}, true);
    const laterEdit = change({ wallMs: 3000, counter: 0, nodeId: nodes[1] ?? '' }, { title: 'B' });
    const record = applyAll([laterEdit, del]);
    expect(record?._deleted).toBe(1);
    expect(record?.title).toBe('B');
  });

  it('converges for any set of changes in any order, with duplicates', () => {
    const arbChange = fc.record({
      wallMs: fc.integer({ min: 1, max: 50 }),
      counter: fc.integer({ min: 0, max: 3 }),
      node: fc.constantFrom(...nodes),
      title: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
      progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(
        // Distinct edits never share a stamp (the HLC guarantees it), so the generator does not either.
        fc.uniqueArray(arbChange, {
          minLength: 1,
          maxLength: 12,
          selector: (s) => `${s.wallMs}-${s.counter}-${s.node}`,
        }),
        fc.integer(),
        (specs, shuffleSeed) => {
          const changes = specs.map((s) =>
            change(
              { wallMs: s.wallMs, counter: s.counter, nodeId: s.node },
              {
                ...(s.title !== undefined ? { title: s.title } : {}),
                ...(s.progress !== undefined ? { progress: s.progress } : {}),
              },
              s.deleted,
            ),
          );
          const shuffled = [...changes, ...changes.slice(0, 3)]
            .map((c, i) => ({ c, k: Math.sin(shuffleSeed + i) }))
            .sort((a, b) => a.k - b.k)
            .map(({ c }) => c);
          expect(applyAll(shuffled)).toEqual(applyAll(changes));
        },
      ),
    );
  });
});

describe('set fields (merge-policy.ts): id lists merge element by element', () => {
  type Listed = Task & { cooperatingUnitIds?: string[] };
  const [u1, u2, u3] = [
    '0190f5a0-0000-7000-8000-0000000000a1',
    '0190f5a0-0000-7000-8000-0000000000a2',
    '0190f5a0-0000-7000-8000-0000000000a3',
  ];
  const at = (wallMs: number, node = 0) => ({ wallMs, counter: 0, nodeId: nodes[node] ?? '' });
  const ops = (
    hlc: ReturnType<typeof at>,
    list: string[],
    setOps: { add?: string[]; remove?: string[] },
  ): RecordChange => ({
    ...change(hlc, { cooperatingUnitIds: list }),
    setOps: { cooperatingUnitIds: { add: setOps.add ?? [], remove: setOps.remove ?? [] } },
  });
  const listOf = (changes: RecordChange[]) =>
    changes.reduce<StoredRecord<Listed> | undefined>((r, c) => mergeChange<Listed>(r, c).record, undefined)
      ?.cooperatingUnitIds;

  it('keeps both of two concurrent additions, in stamp order, and is no conflict', () => {
    const create = ops(at(1), [u1], { add: [u1] });
    const a = ops(at(5, 0), [u1, u2], { add: [u2] });
    const b = ops(at(6, 1), [u1, u3], { add: [u3] });
    expect(listOf([create, a, b])).toEqual([u1, u2, u3]);
    expect(listOf([create, b, a])).toEqual([u1, u2, u3]);
    const merged = mergeChange<Listed>(mergeChange<Listed>(undefined, create).record, b);
    expect(merged.mergedByElement).toEqual(['cooperatingUnitIds']);
    expect(merged.superseded).toEqual([]);
  });

  it('settles an add and a remove of one element by the later stamp; on equal stamps the add wins', () => {
    const create = ops(at(1), [u1], { add: [u1] });
    const remove = ops(at(5, 0), [], { remove: [u1] });
    const reAdd = ops(at(6, 1), [u1], { add: [u1] });
    expect(listOf([create, remove, reAdd])).toEqual([u1]);
    expect(listOf([create, reAdd, remove])).toEqual([u1]);
    const earlyAdd = ops(at(4, 1), [u1], { add: [u1] });
    expect(listOf([create, earlyAdd, remove])).toEqual([]);
    expect(listOf([create, remove, earlyAdd])).toEqual([]);
    const tieRemove = { ...ops(at(5, 0), [], { remove: [u1] }) };
    const tieAdd = {
      ...ops(at(5, 0), [u1], { add: [u1] }),
      changeId: '0190f5a0-0000-7000-8000-0000000000ff',
    };
    expect(listOf([create, tieRemove, tieAdd])).toEqual([u1]);
    expect(listOf([create, tieAdd, tieRemove])).toEqual([u1]);
  });

  it('takes a list written whole (a version-1 client) as replacing the list as of its stamp', () => {
    const create = ops(at(1), [u1, u2], { add: [u1, u2] });
    const whole = change(at(5), { cooperatingUnitIds: [u3] });
    const result = mergeChange<Listed>(mergeChange<Listed>(undefined, create).record, whole);
    expect(result.record.cooperatingUnitIds).toEqual([u3]);
    expect(result.setOps).toEqual({ cooperatingUnitIds: { add: [u3], remove: [], replace: true } });
    expect(result.mergedByElement).toEqual([]);
    // An older whole list loses to what is there, as last writer wins did: a conflict for the inbox.
    const older = mergeChange(result.record, change(at(3, 1), { cooperatingUnitIds: [u1] }));
    expect(older.superseded).toEqual(['cooperatingUnitIds']);
    expect(older.record.cooperatingUnitIds).toEqual([u3]);
    // An element added concurrently, before the whole write's stamp, stays removed; after it, stays.
    expect(listOf([create, whole, ops(at(4, 1), [u1, u2], { add: [u2] })])).toEqual([u3]);
    expect(listOf([create, ops(at(6, 1), [u3, u1], { add: [u1] }), whole])).toEqual([u3, u1]);
  });

  it('reads a record from before per-element merge as its list written whole at the field stamp', () => {
    const legacy = {
      id: recordId,
      spaceId: 'directory',
      cooperatingUnitIds: [u1, u2],
      _clock: { cooperatingUnitIds: formatHlc(at(3)) },
      _deleted: 0,
    } as StoredRecord<Listed>;
    const added = mergeChange<Listed>(legacy, ops(at(5), [u1, u2, u3], { add: [u3] }));
    expect(added.record.cooperatingUnitIds).toEqual([u1, u2, u3]);
    const lateRemove = mergeChange<Listed>(legacy, ops(at(2), [u2], { remove: [u1] }));
    expect(lateRemove.applied).toEqual([]);
  });

  it('merges committee members by personId, the role travelling with the member', () => {
    type Prog = { id: string; spaceId: string; committee?: Array<{ personId: string; role: string }> };
    const member = (personId: string, role: string) => ({ personId, role });
    const c = (
      hlc: ReturnType<typeof at>,
      list: unknown[],
      add: unknown[],
      remove: string[],
    ): RecordChange => ({
      ...change(hlc, { committee: list }),
      entity: 'programme',
      setOps: { committee: { add: add as string[], remove } },
    });
    const create = c(
      at(1),
      [member(u1, 'chair'), member(u2, 'member')],
      [member(u1, 'chair'), member(u2, 'member')],
      [],
    );
    const promote = c(
      at(5, 0),
      [member(u1, 'chair'), member(u2, 'vice_chair')],
      [member(u2, 'vice_chair')],
      [],
    );
    const removeU1 = c(at(6, 1), [member(u2, 'member')], [], [u1]);
    const all = [create, promote, removeU1];
    for (const order of [all, [create, removeU1, promote]]) {
      const record = order.reduce<StoredRecord<Prog> | undefined>(
        (r, x) => mergeChange<Prog>(r, x).record,
        undefined,
      );
      expect(record?.committee).toEqual([member(u2, 'vice_chair')]);
    }
  });

  const arbOp = fc.record({
    wallMs: fc.integer({ min: 1, max: 30 }),
    counter: fc.integer({ min: 0, max: 2 }),
    node: fc.constantFrom(...nodes),
    add: fc.subarray([u1, u2, u3]),
    remove: fc.subarray([u1, u2, u3]),
    whole: fc.boolean(),
  });
  type OpSpec = typeof arbOp extends fc.Arbitrary<infer T> ? T : never;
  const opChanges = (specs: OpSpec[]) =>
    specs.map((s) => {
      const hlc = { wallMs: s.wallMs, counter: s.counter, nodeId: s.node };
      return s.whole
        ? change(hlc, { cooperatingUnitIds: s.add })
        : ops(hlc, s.add, { add: s.add, remove: s.remove });
    });
  const distinct = {
    minLength: 1,
    maxLength: 10,
    selector: (s: OpSpec) => `${s.wallMs}-${s.counter}-${s.node}`,
  };
  const shuffle = <T>(items: T[], seed: number) =>
    items
      .map((c, i) => ({ c, k: Math.sin(seed + i) }))
      .sort((a, b) => a.k - b.k)
      .map(({ c }) => c);
  const apply = (changes: RecordChange[], start?: StoredRecord<Listed>) =>
    changes.reduce<StoredRecord<Listed> | undefined>((r, c) => mergeChange<Listed>(r, c).record, start);

  it('converges for any element operations and whole lists, in any order, with duplicates', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbOp, distinct), fc.integer(), (specs, seed) => {
        const changes = opChanges(specs);
        const reference = apply(changes);
        expect(apply(shuffle([...changes, ...changes.slice(0, 3)], seed))).toEqual(reference);
        // Idempotent: everything again changes nothing.
        expect(apply(changes, reference)).toEqual(reference);
      }),
    );
  });

  it('merges two replicas’ records (a snapshot) to what one replica with every change holds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbOp, distinct), fc.integer({ min: 0, max: 10 }), (specs, cut) => {
        const changes = opChanges(specs);
        // Both replicas begin from the same create, as a snapshot always concerns a known record.
        const create = ops(at(0, 2), [u1], { add: [u1] });
        const left = apply([create, ...changes.slice(0, cut)]);
        const right = apply([create, ...changes.slice(cut)]);
        const reference = apply([create, ...changes]);
        if (!left || !right || !reference) return;
        const lr = mergeStoredRecord(left, right, 'task').record;
        const rl = mergeStoredRecord(right, left, 'task').record;
        expect(lr).toEqual(reference);
        expect(rl).toEqual(reference);
        expect(mergeStoredRecord(lr, right, 'task').record).toEqual(reference);
        expect(mergeStoredRecord(undefined, reference, 'task').record).toEqual(reference);
      }),
    );
  });
});

describe('a create with an empty id list', () => {
  it('keeps the empty list on the record (stamped by its first element operation)', () => {
    const hlc = '001641348000000-0000-7e9f3cc37e0f443a';
    const { record } = mergeChange(undefined, {
      changeId: '0190f5a0-0000-7000-8000-0000000000b1',
      entity: 'meeting',
      recordId: '0190f5a0-0000-7000-8000-0000000000b2',
      spaceId: 'meeting:0190f5a0-0000-7000-8000-0000000000b2',
      hlc,
      fields: { title: 'Hội nghị lần thứ 10', coChairIds: [] },
      setOps: { coChairIds: { add: [], remove: [] } },
    });
    expect((record as unknown as { coChairIds: unknown }).coChairIds).toEqual([]);
    expect(record._clock.title).toBe(hlc);
  });
});
