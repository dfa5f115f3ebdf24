import { describe, expect, it } from 'vitest';
import { sampleIds, sampleRecords } from '../test-support/sample-records.ts';
import { validateEntity } from './registry.ts';

const sample = () => structuredClone(sampleRecords.minutesSignOff);
const issues = (input: unknown) => {
  const result = validateEntity('minutesSignOff', input);
  return result.ok ? [] : result.issues;
};

describe('minutesSignOff', () => {
  it('is one record per meeting: its id is the meeting id', () => {
    expect(issues(sample())).toEqual([]);
    expect(issues({ ...sample(), id: sampleIds.conclusion }).join('\n')).toContain(
      'mã xác nhận biên bản phải là mã của hội nghị',
    );
  });

  it('names who approved: a person of the directory or a written name', () => {
    expect(issues({ ...sample(), approverId: null, approverText: 'Đồng chí Nguyễn Văn A, Bí thư' })).toEqual(
      [],
    );
    expect(issues({ ...sample(), approverId: null, approverText: '  ' }).join('\n')).toContain(
      'cần chọn hoặc ghi người duyệt biên bản',
    );
  });

  it('lives in its meeting space', () => {
    expect(issues({ ...sample(), spaceId: 'directory' }).join('\n')).toContain('không gian của hội nghị');
  });
});
