import { describe, expect, it } from 'vitest';
import { formValuesOf, programmeFieldsOf, programmeFormIssues } from './programme-form-values.ts';

const id = '01900000-0000-7000-8000-000000000002';
const blank = formValuesOf(null, 'Quận ủy Long Biên', 2023);

describe('the programme form', () => {
  it('starts a new programme in the current term, issued by the district committee', () => {
    expect(blank).toMatchObject({
      termStart: 2020,
      termEnd: 2025,
      issuingBody: 'Quận ủy Long Biên',
      committee: [],
    });
    expect(formValuesOf(null, '', 2026)).toMatchObject({ termStart: 2025, termEnd: 2030 });
  });

  it('gives the schema messages in Vietnamese, by field', () => {
    const issues = programmeFormIssues({ ...blank, code: '02/QU', termEnd: 2019 }, id);
    const byField = Object.fromEntries(issues.map((i) => [String(i.name[0]), i.message]));
    expect(byField.code).toBe('số hiệu chương trình phải có dạng "01-CTr/QU"');
    expect(byField.title).toBe('không được để trống');
    expect(byField.termEnd).toBe('không được trước năm đầu nhiệm kỳ');
  });

  it('accepts a whole programme and keeps a blank higher programme as none', () => {
    const values = {
      ...blank,
      code: '02-CTr/QU',
      title: 'Nâng cao chất lượng cuộc sống người dân trên địa bàn quận Long Biên',
      committee: [{ personId: '01900000-0000-7000-8000-000000000003', role: 'chair' as const }],
    };
    expect(programmeFormIssues(values, id)).toEqual([]);
    expect(programmeFieldsOf(values).higherProgrammeCode).toBeNull();
    const twice = {
      ...values,
      committee: [...values.committee, { ...values.committee[0], role: 'member' as const }],
    };
    expect(programmeFormIssues(twice, id).map((i) => i.message)).toContain(
      'một người chỉ có một vai trò trong Ban Chủ nhiệm',
    );
  });
});
