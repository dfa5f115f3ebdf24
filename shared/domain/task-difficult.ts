import { compareVi } from '../text/collate.ts';
import type { IsoDate } from '../text/calendar-date.ts';
import type { Task } from './task.ts';

/** Where a registered difficult task stands at the end of its year: done, not done, or the year is still running. */
export type YearEndStatus = 'done' | 'not_done' | 'running';

/** Đăng ký nhiệm vụ khó — a key official's registration, as the registrations view lists it. */
export interface DifficultRegistration {
  task: Task;
  year: number;
  yearEnd: YearEndStatus;
}

export function yearEndStatus(task: Pick<Task, 'status'>, year: number, today: IsoDate): YearEndStatus {
  if (task.status === 'done') return 'done';
  return today > `${year}-12-31` ? 'not_done' : 'running';
}

/**
 * The registrations per person (by name, Vietnamese order), each person's newest year first; tasks that
 * are not registered difficult tasks are left out.
 */
export function difficultRegistrations(
  tasks: readonly Task[],
  personName: (id: string) => string,
  today: IsoDate,
): { personId: string; name: string; registrations: DifficultRegistration[] }[] {
  const byPerson = new Map<string, DifficultRegistration[]>();
  for (const task of tasks) {
    if (!task.difficult || task.difficultRegistrantId === null || task.difficultYear === null) continue;
    const list = byPerson.get(task.difficultRegistrantId) ?? [];
    list.push({ task, year: task.difficultYear, yearEnd: yearEndStatus(task, task.difficultYear, today) });
    byPerson.set(task.difficultRegistrantId, list);
  }
  return [...byPerson.entries()]
    .map(([personId, registrations]) => ({
      personId,
      name: personName(personId),
      registrations: registrations.sort((a, b) => b.year - a.year || compareVi(a.task.title, b.task.title)),
    }))
    .sort((a, b) => compareVi(a.name, b.name));
}
