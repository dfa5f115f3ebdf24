import { describe, expect, it } from 'vitest';
import { programmeSpace } from './space.ts';
import { sampleIds, sampleRecords } from '../test-support/sample-records.ts';
import { validateEntity } from './registry.ts';

const sample = () => structuredClone(sampleRecords.attachment);
const issues = (input: unknown) => {
  const result = validateEntity('attachment', input);
  return result.ok ? [] : result.issues.join('\n');
};

describe('attachment', () => {
  it('lives in the space of what it is attached to', () => {
    expect(issues(sample())).toEqual([]);
    expect(issues({ ...sample(), spaceId: programmeSpace(sampleIds.programme) })).toContain(
      'không gian của bản ghi có tệp đính kèm',
    );
    // A task's space is known to the server only (its source decides it): any space is accepted here.
    const onTask = { ...sample(), owner: { kind: 'task', taskId: sampleIds.task } };
    expect(issues({ ...onTask, spaceId: programmeSpace(sampleIds.programme) })).toEqual([]);
  });

  it('keeps a name for display only: no folders, no control characters', () => {
    expect(issues({ ...sample(), name: '../../Tờ trình.pdf' })).toContain('không được chứa thư mục');
    expect(issues({ ...sample(), name: 'C:\\Tờ trình.pdf' })).toContain('không được chứa thư mục');
    expect(issues({ ...sample(), name: 'Tờ trình số 12.pdf' })).toEqual([]);
  });

  it('numbers versions in a series whose first version names itself', () => {
    expect(issues({ ...sample(), seriesId: sampleIds.comment })).toContain('phiên bản 1 của tệp');
    expect(issues({ ...sample(), version: 2, seriesId: sampleIds.comment })).toEqual([]);
  });

  it('names its bytes by a SHA-256 and a media type', () => {
    expect(issues({ ...sample(), sha256: 'ABC' })).not.toEqual([]);
    expect(issues({ ...sample(), mediaType: 'pdf' })).toContain('loại tệp không hợp lệ');
  });
});
