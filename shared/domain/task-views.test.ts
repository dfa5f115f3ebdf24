import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../demo/index.ts';
import { hoChiMinhTimestamp } from '../text/ho-chi-minh-time.ts';
import { groupTasks } from './task-grouping.ts';
import { inTaskView, matchesTaskFilters, noTaskFilters, sortByDeadline, weekOf } from './task-views.ts';
import type { Task } from './task.ts';

const NOW = hoChiMinhTimestamp('2026-11-22', '09:00');
const TODAY = '2026-11-22';
const data = buildDemoDataset({ now: NOW });
const unitId = (name: string) => data.unit.find((u) => u.name === name)?.id ?? 'missing';
const personId = (name: string) => data.person.find((p) => p.name === name)?.id ?? 'missing';
const titles = (tasks: readonly Task[]) => tasks.map((t) => t.title);

describe('saved views', () => {
  const boDe = { today: TODAY, personId: personId('Nguyễn Văn Tiến'), unitId: unitId('Phường Bồ Đề') };

  it('"Việc của đơn vị tôi" holds the tasks the ward leads or cooperates on', () => {
    const mine = data.task.filter((t) => inTaskView(t, 'my-unit', boDe));
    expect(titles(mine)).toEqual(
      expect.arrayContaining([
        'Kết nạp đảng viên mới tại các chi bộ tổ dân phố phường Bồ Đề',
        'Hoàn thiện hồ sơ đề nghị công nhận phường Bồ Đề đạt chuẩn “Đô thị văn minh”',
        'Nạo vét, khơi thông hệ thống thoát nước trước mùa mưa bão',
      ]),
    );
    expect(
      mine.every((t) => t.leadUnitId === boDe.unitId || t.cooperatingUnitIds.includes(boDe.unitId)),
    ).toBe(true);
    expect(data.task.filter((t) => inTaskView(t, 'my-unit', { ...boDe, unitId: null }))).toEqual([]);
  });

  it('"Tôi giao" holds what the person assigned', () => {
    const ctx = { ...boDe, personId: personId('Đường Hoài Nam') };
    const assigned = data.task.filter((t) => inTaskView(t, 'assigned-by-me', ctx));
    expect(titles(assigned)).toContain('Ban hành Thông báo Hội nghị Ban Chấp hành lần thứ 9');
    expect(assigned.every((t) => t.assignedByPersonId === ctx.personId)).toBe(true);
  });

  it('"Quá hạn" counts open tasks past their deadline on the day', () => {
    const overdue = data.task.filter((t) => inTaskView(t, 'overdue', boDe));
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((t) => t.deadline !== null && t.deadline < TODAY && t.status !== 'done')).toBe(true);
    expect(titles(overdue)).toContain(
      'Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan Đảng quận và các phường',
    );
    // The day after, one more day's deadlines have passed.
    const tomorrow = data.task.filter((t) => inTaskView(t, 'overdue', { ...boDe, today: '2026-11-23' }));
    expect(tomorrow.length).toBeGreaterThanOrEqual(overdue.length);
  });

  it('a week runs Monday to Sunday', () => {
    expect(weekOf('2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' }); // a Sunday
    expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Monday
    expect(weekOf('2022-01-01')).toEqual({ from: '2021-12-27', to: '2022-01-02' });
  });

  it('"Đến hạn trong tuần" leaves out done tasks', () => {
    const task = data.task[0] as Task;
    const due = { ...task, deadline: '2026-11-18', status: 'in_progress' as const };
    expect(inTaskView(due, 'this-week', boDe)).toBe(true);
    expect(inTaskView({ ...due, status: 'done' }, 'this-week', boDe)).toBe(false);
    expect(inTaskView({ ...due, deadline: '2026-11-24' }, 'this-week', boDe)).toBe(false);
  });

  it('by meeting and by programme follow the source', () => {
    const byMeeting = data.task.filter((t) => inTaskView(t, 'by-meeting', boDe));
    expect(titles(byMeeting)).toContain('Ban hành Thông báo Hội nghị Ban Chấp hành lần thứ 9');
    expect(byMeeting.every((t) => t.source.kind === 'conclusion')).toBe(true);
    const byProgramme = data.task.filter((t) => inTaskView(t, 'by-programme', boDe));
    expect(byProgramme.length + byMeeting.length).toBe(data.task.length);
  });
});

describe('filters, order and groups', () => {
  it('filter by lead unit, status, deadline range and source', () => {
    const vpqu = unitId('Văn phòng Quận ủy');
    const filtered = data.task.filter((t) =>
      matchesTaskFilters(
        t,
        { ...noTaskFilters, leadUnitIds: [vpqu], deadlineFrom: '2021-12-01', deadlineTo: '2022-01-31' },
        TODAY,
      ),
    );
    expect(titles(filtered).sort()).toEqual(
      [
        'Ban hành Thông báo Hội nghị Ban Chấp hành lần thứ 9',
        'Xây dựng các kế hoạch thực hiện 03 chương trình công tác trọng tâm toàn khóa của Quận ủy, 10 chương trình Thành ủy năm 2022',
      ].sort(),
    );
    const overdue = data.task.filter((t) =>
      matchesTaskFilters(t, { ...noTaskFilters, statuses: ['overdue'] }, TODAY),
    );
    expect(overdue).toEqual(
      data.task.filter((t) => inTaskView(t, 'overdue', { today: TODAY, personId: null, unitId: null })),
    );
    const none = data.task.filter((t) =>
      matchesTaskFilters(t, { ...noTaskFilters, sources: ['none'] }, TODAY),
    );
    expect(none).toEqual([]);
  });

  it('sorts by deadline, tasks without one last either way', () => {
    const tasks = [
      { title: 'b', deadline: null },
      { title: 'a', deadline: '2022-06-30' },
      { title: 'c', deadline: '2022-01-31' },
    ];
    expect(sortByDeadline(tasks).map((t) => t.title)).toEqual(['c', 'a', 'b']);
    expect(sortByDeadline(tasks, 'desc').map((t) => t.title)).toEqual(['a', 'c', 'b']);
  });

  it('groups by status with counts that add up, what needs attention first', () => {
    const groups = groupTasks(sortByDeadline(data.task), 'status', TODAY);
    expect(groups[0]?.key).toBe('overdue');
    expect(groups.at(-1)?.key).toBe('done');
    expect(groups.reduce((sum, g) => sum + g.tasks.length, 0)).toBe(data.task.length);
    const byUnit = groupTasks(data.task, 'lead-unit', TODAY);
    expect(new Set(byUnit.map((g) => g.key)).size).toBe(byUnit.length);
    expect(byUnit.every((g) => g.tasks.every((t) => t.leadUnitId === g.key))).toBe(true);
  });
});
