import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc/index.ts';
import type { RecordChange } from './change.ts';
import { mergeChange } from './merge.ts';
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
