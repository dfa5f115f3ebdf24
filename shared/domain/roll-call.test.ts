import { describe, expect, it } from 'vitest';
import type { Attendance } from './meeting.ts';
import { rollCall } from './roll-call.ts';

const rows = (...values: Attendance[]) => values.map((attendance) => ({ attendance }));

describe('rollCall', () => {
  it('counts online as attending and absences apart: "có mặt 45/49"', () => {
    const members = [
      ...rows(...Array.from({ length: 43 }, () => 'present' as const)),
      ...rows('online', 'online', 'absent', 'absent', 'unknown', 'unknown'),
    ];
    const counts = rollCall(members);
    expect(counts).toMatchObject({ present: 43, online: 2, absent: 2, unknown: 2, total: 49 });
    expect(counts.attending).toBe(45);
    expect(counts.label).toBe('có mặt 45/49');
  });

  it('an empty roll is 0/0, and a not-yet-called person counts in the total only', () => {
    expect(rollCall([]).label).toBe('có mặt 0/0');
    expect(rollCall(rows('unknown', 'present')).label).toBe('có mặt 1/2');
  });

  it('follows a change of one attendance', () => {
    const before = rows('present', 'present', 'absent');
    expect(rollCall(before).attending).toBe(2);
    const after = before.map((row, i) => (i === 2 ? { attendance: 'online' as const } : row));
    expect(rollCall(after)).toMatchObject({ attending: 3, absent: 0, label: 'có mặt 3/3' });
  });
});
