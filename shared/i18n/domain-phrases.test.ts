import { describe, expect, it } from 'vitest';
import { commentSummaryIn, commentSummaryVi } from '../domain/meeting-comments.ts';
import { formatPeriodIn, formatPeriodVi } from '../domain/period.ts';
import { taskStatusLabels, taskStatusLabelsEn } from '../domain/task-status.ts';
import { reminderTextIn } from '../domain/task-reminders.ts';
import { parseBackup } from '../backup/backup-file.ts';
import { serverMessage, serverText } from './server.ts';

describe('domain phrases in both locales', () => {
  it('name periods, statuses and comment counts', () => {
    expect(formatPeriodVi({ year: 2022, kind: 'h1' })).toBe('6 tháng đầu năm 2022');
    expect(formatPeriodIn({ year: 2022, kind: 'h1' }, 'en')).toBe('first 6 months of 2022');
    expect(taskStatusLabels.overdue).toBe('Quá hạn');
    expect(taskStatusLabelsEn.overdue).toBe('Overdue');
    const summary = { total: 3, accepted: 2, explained: 0, noted: 1, pending: 0 };
    expect(commentSummaryVi(summary)).toBe('3 góp ý: tiếp thu 2, ghi nhận 1');
    expect(commentSummaryIn(summary, 'en')).toBe('3 comments: accepted 2, noted 1');
  });

  it('word reminders and backup refusals', () => {
    const reminder = {
      taskId: 'x',
      title: 'Báo cáo',
      deadline: '2026-01-01',
      kind: 'overdue',
      daysLeft: -2,
    } as const;
    expect(reminderTextIn(reminder, 'en')).toBe('Overdue by 2 days: Báo cáo');
    expect(parseBackup('{', 'en')).toEqual({
      ok: false,
      reason: 'The file is not a Committee Handbook backup (its content cannot be read).',
    });
  });

  it('word the server’s texts, Vietnamese unless told', () => {
    expect(serverMessage('admin.noUser', { username: 'an' })).toBe('Không có người dùng "an".');
    expect(serverText('en', 'admin.noUser', { username: 'an' })).toBe('No user "an".');
    expect(serverText('en', 'http.tooManyLogins', { minutes: 5 })).toBe(
      'Too many failed sign-ins. Please try again in 5 minutes.',
    );
  });
});
