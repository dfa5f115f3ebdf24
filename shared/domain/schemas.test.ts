import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids/uuidv7.ts';
import { formatZodIssues } from './format-issues.ts';
import { programmeCodeSchema } from './programme.ts';
import {
  applyEntityPatch,
  entityNames,
  entityPatchSchemas,
  entitySchemas,
  validateEntity,
} from './registry.ts';
import type { EntityName } from './registry.ts';
import { sampleIds, sampleRecords } from '../test-support/sample-records.ts';
import {
  DIRECTORY_SPACE,
  meetingSpace,
  parseSpaceId,
  programmeSpace,
  spaceIdSchema,
  unitSpace,
} from './space.ts';

/** Parses `input` as entity `name` and returns the Vietnamese issue lines ([] when it parses). */
function issuesOf(name: EntityName, input: unknown): string[] {
  const result = validateEntity(name, input);
  return result.ok ? [] : result.issues;
}

const sample = <N extends EntityName>(name: N) => structuredClone(sampleRecords[name]);

/** The main text field of each entity, to test blanks and NFC on. */
const textField: Record<EntityName, string> = {
  unit: 'name',
  person: 'name',
  programme: 'title',
  indicator: 'name',
  indicatorPeriod: 'note',
  plan: 'title',
  task: 'title',
  taskUpdate: 'text',
  meeting: 'title',
  agendaItem: 'title',
  attendee: 'groupName',
  speech: 'summary',
  conclusion: 'text',
  resolution: 'text',
  comment: 'text',
  minutesSignOff: 'note',
  attachment: 'name',
};

describe('every entity schema', () => {
  it.each(entityNames)('%s: accepts its sample record', (name) => {
    expect(issuesOf(name, sample(name))).toEqual([]);
  });

  it.each(entityNames)('%s: refuses an unknown field', (name) => {
    expect(issuesOf(name, { ...sample(name), colour: 'red' })).toEqual(['Có trường không được phép: colour']);
  });

  it.each(entityNames)('%s: refuses a missing id and a bad space', (name) => {
    const withoutId = Object.fromEntries(Object.entries(sample(name)).filter(([key]) => key !== 'id'));
    expect(issuesOf(name, withoutId)).toEqual(['Mã định danh: bắt buộc phải có']);
    expect(issuesOf(name, { ...sample(name), spaceId: 'space-1' })[0]).toMatch(/^Không gian dữ liệu: /);
  });

  it.each(entityNames)('%s: stores its text in NFC, trimmed', (name) => {
    const field = textField[name];
    const input = { ...sample(name), [field]: '  Tie\u0302\u0301u chi\u0301 Đảng  ' };
    const result = validateEntity(name, input);
    expect(result.ok && (result.value as Record<string, unknown>)[field]).toBe('Tiếu chí Đảng');
  });

  it.each(entityNames)('%s: has a patch form that refuses id and spaceId', (name) => {
    const patch = entityPatchSchemas[name];
    expect(patch.safeParse({}).success).toBe(true);
    const issues = formatZodIssues(
      patch.safeParse({ id: sampleIds.unitWard, spaceId: DIRECTORY_SPACE }).error ?? { issues: [] },
    );
    expect(issues).toEqual(['Có trường không được phép: id, spaceId']);
  });

  it('registry lists the seventeen entities', () => {
    expect(entityNames).toHaveLength(17);
    expect(Object.keys(entityPatchSchemas)).toEqual(Object.keys(entitySchemas));
  });
});

describe('readable refusals', () => {
  it('an empty or blank title', () => {
    expect(issuesOf('meeting', { ...sample('meeting'), title: '   ' })).toEqual([
      'Tiêu đề: không được để trống',
    ]);
    expect(issuesOf('unit', { ...sample('unit'), name: '' })).toEqual(['Tên: không được để trống']);
  });

  it('a too long text, and control characters', () => {
    expect(issuesOf('unit', { ...sample('unit'), name: 'a'.repeat(301) })).toEqual([
      'Tên: không được dài quá 300 ký tự',
    ]);
    expect(issuesOf('unit', { ...sample('unit'), name: 'a\u0007b' })).toEqual([
      'Tên: chứa ký tự điều khiển không in được',
    ]);
  });

  it('a bad programme code', () => {
    for (const code of ['01-CTr-QU', '1/CTr/QU', '01-ctr/qu', 'CTr/QU', '01-CTr/']) {
      expect(issuesOf('programme', { ...sample('programme'), code })).toEqual([
        'Số hiệu: số hiệu chương trình phải có dạng "01-CTr/QU"',
      ]);
    }
    for (const code of ['01-CTr/QU', '10-CTr/TU', '05-CTr/ĐU', '02-CTr/BCSĐ']) {
      expect(programmeCodeSchema.safeParse(code).success, code).toBe(true);
    }
  });

  it('an impossible date', () => {
    expect(issuesOf('task', { ...sample('task'), deadline: '2022-02-30' })).toEqual([
      'Thời hạn: ngày không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD',
    ]);
    expect(issuesOf('taskUpdate', { ...sample('taskUpdate'), reportDate: '15/01/2022' })).toHaveLength(1);
  });

  it('a value outside an enum', () => {
    expect(issuesOf('task', { ...sample('task'), status: 'overdue' })).toEqual([
      'Trạng thái: phải là một trong: not_started, in_progress, done, paused',
    ]);
    expect(issuesOf('indicator', { ...sample('indicator'), direction: 'up' })[0]).toMatch(
      /^Chiều đánh giá: phải là/,
    );
  });

  it('numbers of the wrong kind', () => {
    expect(issuesOf('task', { ...sample('task'), progress: 101 })).toEqual([
      'Tiến độ (%): không được lớn hơn 100',
    ]);
    expect(issuesOf('task', { ...sample('task'), progress: 12.5 })).toEqual([
      'Tiến độ (%): phải là số nguyên',
    ]);
    expect(issuesOf('indicator', { ...sample('indicator'), number: 0 })).toEqual([
      'Số thứ tự: không được nhỏ hơn 1',
    ]);
    expect(issuesOf('indicator', { ...sample('indicator'), termTarget: '90' })).toEqual([
      'Chỉ tiêu cả nhiệm kỳ: phải là số',
    ]);
    expect(issuesOf('indicator', { ...sample('indicator'), baseline: Number.NaN })).toHaveLength(1);
    expect(issuesOf('programme', { ...sample('programme'), termStart: 2020.5 })).toEqual([
      'Năm đầu nhiệm kỳ: phải là số nguyên',
    ]);
  });

  it('nested paths are named', () => {
    const programme = sample('programme');
    const committee = [{ personId: sampleIds.personSecretary, role: 'boss' }];
    expect(issuesOf('programme', { ...programme, committee })).toEqual([
      'Ban Chủ nhiệm (mục 1) › Vai trò: phải là một trong: chair, vice_chair, member',
    ]);
    const source = { kind: 'meeting' };
    expect(issuesOf('task', { ...sample('task'), source })).toEqual([
      'Nguồn giao › Loại: nguồn giao phải là programme, plan, conclusion hoặc none',
    ]);
  });

  it('a whole record of the wrong type', () => {
    expect(issuesOf('unit', 'Văn phòng')).toEqual(['Phải là một bản ghi']);
    expect(issuesOf('unit', null)).toEqual(['Phải là một bản ghi']);
  });
});

describe('rules across fields', () => {
  it('keeps each record in the space of its parent', () => {
    const otherProgramme = uuidv7(1_650_000_000_000);
    expect(
      issuesOf('indicator', { ...sample('indicator'), spaceId: programmeSpace(otherProgramme) }),
    ).toEqual([
      `Không gian dữ liệu: phải là "${programmeSpace(sampleIds.programme)}", không gian của chương trình`,
    ]);
    expect(issuesOf('unit', { ...sample('unit'), spaceId: programmeSpace(otherProgramme) })).toEqual([
      'Không gian dữ liệu: phải là "directory"',
    ]);
    expect(issuesOf('conclusion', { ...sample('conclusion'), spaceId: DIRECTORY_SPACE })).toHaveLength(1);
    expect(issuesOf('meeting', { ...sample('meeting'), spaceId: meetingSpace(otherProgramme) })).toHaveLength(
      1,
    );
    const fromProgramme = { kind: 'programme', programmeId: sampleIds.programme };
    expect(issuesOf('task', { ...sample('task'), source: fromProgramme })).toHaveLength(1);
    expect(
      issuesOf('task', {
        ...sample('task'),
        source: fromProgramme,
        spaceId: programmeSpace(sampleIds.programme),
      }),
    ).toEqual([]);
    // A unit's own task (no source) lives in its lead unit's space, and nowhere else.
    const own = { ...sample('task'), source: { kind: 'none' } };
    expect(issuesOf('task', own)).toHaveLength(1);
    expect(issuesOf('task', { ...own, spaceId: unitSpace(sample('task').leadUnitId) })).toEqual([]);
  });

  it('an absent attendee needs a reason, and every attendee a person or a group', () => {
    expect(issuesOf('attendee', { ...sample('attendee'), attendance: 'absent' })).toEqual([
      'Lý do vắng mặt: vắng mặt thì phải ghi lý do',
    ]);
    expect(
      issuesOf('attendee', { ...sample('attendee'), attendance: 'absent', absenceReason: '  ' }),
    ).toEqual(['Lý do vắng mặt: vắng mặt thì phải ghi lý do']);
    expect(
      issuesOf('attendee', { ...sample('attendee'), attendance: 'absent', absenceReason: 'Đi công tác' }),
    ).toEqual([]);
    expect(issuesOf('attendee', { ...sample('attendee'), groupName: null })).toEqual([
      'Người: cần chọn người dự hoặc ghi thành phần',
    ]);
  });

  it('a status override needs a reason', () => {
    const period = sample('indicatorPeriod');
    expect(
      issuesOf('indicatorPeriod', { ...period, statusOverride: { status: 'expected', reason: '' } }),
    ).toEqual(['Đánh giá thủ công › Lý do: không được để trống']);
    expect(issuesOf('indicatorPeriod', { ...period, statusOverride: { status: 'expected' } })).toEqual([
      'Đánh giá thủ công › Lý do: bắt buộc phải có',
    ]);
  });

  it('terms, meetings, tasks and units keep their own rules', () => {
    expect(issuesOf('programme', { ...sample('programme'), termEnd: 2019 })).toEqual([
      'Năm cuối nhiệm kỳ: không được trước năm đầu nhiệm kỳ',
    ]);
    const doubled = [
      ...sample('programme').committee,
      { personId: sampleIds.personSecretary, role: 'member' },
    ];
    expect(issuesOf('programme', { ...sample('programme'), committee: doubled })).toEqual([
      'Ban Chủ nhiệm: một người chỉ có một vai trò trong Ban Chủ nhiệm',
    ]);
    const meeting = sample('meeting');
    expect(issuesOf('meeting', { ...meeting, endsAt: meeting.startsAt - 1 })).toEqual([
      'Thời gian kết thúc: không được trước thời gian bắt đầu',
    ]);
    expect(issuesOf('meeting', { ...meeting, term: 'IIII' })).toEqual([
      'Khóa: khóa viết bằng số La Mã, ví dụ "IV"',
    ]);
    expect(issuesOf('task', { ...sample('task'), cooperatingUnitIds: [sampleIds.unitOffice] })).toHaveLength(
      1,
    );
    expect(
      issuesOf('task', { ...sample('task'), cooperatingUnitIds: [sampleIds.unitWard, sampleIds.unitWard] }),
    ).toEqual(['Đơn vị phối hợp: không được có mục trùng lặp']);
    expect(issuesOf('task', { ...sample('task'), difficultYear: 2023 })).toHaveLength(1);
    expect(issuesOf('task', { ...sample('task'), difficult: true, difficultYear: 2023 })).toEqual([]);
    expect(issuesOf('unit', { ...sample('unit'), parentId: sampleIds.unitOffice })).toHaveLength(1);
    expect(issuesOf('person', { ...sample('person'), email: 'not-an-email' })).toEqual([
      'Thư điện tử: thư điện tử không hợp lệ',
    ]);
    expect(issuesOf('person', { ...sample('person'), phone: '024 3872 1234' })).toEqual([]);
  });

  it('blank optional text becomes null', () => {
    const result = validateEntity('unit', { ...sample('unit'), shortName: '   ' });
    expect(result.ok && result.value.shortName).toBeNull();
  });
});

describe('applyEntityPatch', () => {
  const task = validateEntity('task', sample('task'));
  if (!task.ok) throw new Error('sample task must parse');

  it('applies a valid patch and normalises it', () => {
    const result = applyEntityPatch('task', task.value, {
      status: 'done',
      progress: 100,
      title: 'Ke\u0302\u0301 hoạch',
    });
    expect(result).toMatchObject({ ok: true, value: { status: 'done', progress: 100, title: 'Kế hoạch' } });
  });

  it('refuses bad fields and patched records that break a rule', () => {
    expect(applyEntityPatch('task', task.value, { progress: -1 })).toEqual({
      ok: false,
      issues: ['Tiến độ (%): không được nhỏ hơn 0'],
    });
    expect(applyEntityPatch('task', task.value, { spaceId: DIRECTORY_SPACE })).toEqual({
      ok: false,
      issues: ['Có trường không được phép: spaceId'],
    });
    const moved = applyEntityPatch('task', task.value, {
      source: { kind: 'programme', programmeId: sampleIds.programme },
    });
    expect(moved.ok).toBe(false);
  });
});

describe('space ids', () => {
  it('build, parse and validate', () => {
    const id = sampleIds.programme;
    expect(programmeSpace(id)).toBe(`programme:${id}`);
    expect(parseSpaceId(programmeSpace(id))).toEqual({ kind: 'programme', programmeId: id });
    expect(parseSpaceId(meetingSpace(id))).toEqual({ kind: 'meeting', meetingId: id });
    expect(parseSpaceId(DIRECTORY_SPACE)).toEqual({ kind: 'directory' });
    expect(parseSpaceId('programme:42')).toBeNull();
    expect(spaceIdSchema.safeParse('team:1').success).toBe(false);
    expect(() => programmeSpace('42')).toThrow(RangeError);
  });
});
