import { describe, expect, it } from 'vitest';
import { linkedId, parentLinks, parentLinksOf } from './parents.ts';
import { entityNames, entitySchemas, isEntityName } from './registry.ts';
import { sampleRecords } from '../test-support/sample-records.ts';

describe('parent links', () => {
  it('name real fields and real entities', () => {
    for (const [entity, links] of Object.entries(parentLinks)) {
      expect(isEntityName(entity)).toBe(true);
      if (!isEntityName(entity)) continue;
      for (const link of links ?? []) {
        expect(Object.keys(entitySchemas[entity].shape)).toContain(link.field);
        expect(entityNames).toContain(link.parent);
      }
    }
  });

  it('point the sample records at their sample parents, in the same space', () => {
    for (const entity of entityNames) {
      const record = sampleRecords[entity] as Record<string, unknown>;
      for (const link of parentLinksOf(entity)) {
        const id = linkedId(record, link);
        // A task's source names only the parents of its kind (the sample task comes from a conclusion).
        if (id === null) continue;
        const parent = sampleRecords[link.parent] as Record<string, unknown>;
        expect(parent.id, `${entity}.${link.field}${link.key ? `.${link.key}` : ''}`).toBe(id);
        expect(parent.spaceId).toBe(record.spaceId);
      }
    }
  });

  it('reads ids inside a task source, and nothing from a value that is not an id', () => {
    const [programme, plan] = parentLinksOf('task');
    if (!programme || !plan) throw new Error('task has source links');
    expect(linkedId({ source: { kind: 'plan', planId: 'p', programmeId: 'q' } }, plan)).toBe('p');
    expect(linkedId({ source: { kind: 'none' } }, programme)).toBeNull();
    expect(linkedId({ source: 'x' }, programme)).toBeNull();
    expect(linkedId({ taskId: 7 }, { field: 'taskId', parent: 'task' })).toBeNull();
    expect(parentLinksOf('programme')).toEqual([]);
    expect(parentLinksOf('nope')).toEqual([]);
    expect(parentLinksOf('__proto__')).toEqual([]);
  });
});
