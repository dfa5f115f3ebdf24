import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../demo/index.ts';
import { hoChiMinhTimestamp } from '../text/ho-chi-minh-time.ts';
import { difficultRegistrations, yearEndStatus } from './task-difficult.ts';

describe('difficult-task registrations', () => {
  const data = buildDemoDataset({ now: hoChiMinhTimestamp('2026-11-22', '09:00') });
  const name = (id: string) => data.person.find((p) => p.id === id)?.name ?? id;

  it('lists the Tây Hồ officials’ 2024 registrations per person', () => {
    const list = difficultRegistrations(data.task, name, '2026-11-22');
    expect(list.map((p) => p.name)).toContain('Trương Tú Uyên');
    expect(list.every((p) => p.registrations.every((r) => r.year === 2024 && r.task.difficult))).toBe(true);
    expect(list.reduce((n, p) => n + p.registrations.length, 0)).toBe(
      data.task.filter((t) => t.difficult).length,
    );
  });

  it('says at year end whether the task was done', () => {
    expect(yearEndStatus({ status: 'done' }, 2024, '2026-11-22')).toBe('done');
    expect(yearEndStatus({ status: 'in_progress' }, 2024, '2026-11-22')).toBe('not_done');
    expect(yearEndStatus({ status: 'in_progress' }, 2024, '2024-12-31')).toBe('running');
    expect(yearEndStatus({ status: 'in_progress' }, 2024, '2025-01-01')).toBe('not_done');
  });
});
