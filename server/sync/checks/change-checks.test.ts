import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { checkMergedRecord } from './change-checks.ts';

const create = (entity: string, fields: Record<string, unknown>): RecordChange => ({
  changeId: uuidv7(Date.now()),
  entity,
  recordId: String(fields.id),
  spaceId: String(fields.spaceId),
  hlc: '001700000000000-0000-aaaaaaaaaaaaaaaa',
  fields,
});

describe('a create the server does not hold yet', () => {
  it('may leave out the fields its schema makes optional (a comment without its submission time)', () => {
    const { submittedAt: _left, ...comment } = sampleRecords.comment as Record<string, unknown>;
    expect(checkMergedRecord(create('comment', comment), false, comment)).toBeNull();
  });

  it('is still "not found" when a required field is missing (an edit whose create never arrived)', () => {
    const { title: _left, ...task } = sampleRecords.task as Record<string, unknown>;
    expect(checkMergedRecord(create('task', task), false, task)?.code).toBe('not_found');
  });
});
