import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { Plan } from '../../../shared/domain/programme.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { foldVietnamese } from '../../../shared/text/normalize.ts';
import type { HistoryEntry } from '../db/local-db.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';

export interface ProgrammeWork {
  /** Kế hoạch thực hiện, by year then code. */
  plans: Plan[];
  /** Every task from the programme or one of its plans. */
  tasks: Task[];
  tasksByPlan: Map<string, Task[]>;
}

/** The plans of a programme and the tasks given under it; undefined while loading. */
export function useProgrammeWork(programmeId: string): ProgrammeWork | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const [plans, tasks] = await Promise.all([
      liveRows(db.plan.where({ programmeId })),
      liveRows(db.task.where('source.programmeId').equals(programmeId)),
    ]);
    const tasksByPlan = new Map<string, Task[]>();
    for (const task of tasks) {
      if (task.source.kind !== 'plan') continue;
      tasksByPlan.set(task.source.planId, [...(tasksByPlan.get(task.source.planId) ?? []), task]);
    }
    return {
      plans: plans.sort((a, b) => a.year - b.year || (a.code ?? '').localeCompare(b.code ?? '')),
      tasks,
      tasksByPlan,
    };
  }, [db, programmeId]);
}

/**
 * Hội nghị linked to a programme: those whose title or an agenda item names its code ("02-CTr/QU") or
 * its title; latest first. Undefined while loading.
 */
export function useProgrammeMeetings(code: string, title: string): Meeting[] | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const [meetings, agenda] = await Promise.all([liveRows(db.meeting), liveRows(db.agendaItem)]);
    const keys = [foldVietnamese(code), foldVietnamese(title)];
    const mentions = (text: string) => {
      const folded = foldVietnamese(text);
      return keys.some((k) => k !== '' && folded.includes(k));
    };
    const linked = new Set(agenda.filter((item) => mentions(item.title)).map((item) => item.meetingId));
    return meetings
      .filter((m) => linked.has(m.id) || mentions(m.title))
      .sort((a, b) => b.startsAt - a.startsAt);
  }, [db, code, title]);
}

/** Lịch sử of a programme: the field changes of it, its indicators, figures and plans, newest first. */
export function useProgrammeHistory(recordIds: readonly string[], limit = 300): HistoryEntry[] | undefined {
  const { db } = useDb();
  const key = recordIds.join(',');
  return useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split(',');
    const entries = await db.history.where('recordId').anyOf(ids).toArray();
    return entries.sort((a, b) => b.at - a.at || (b.seq ?? 0) - (a.seq ?? 0)).slice(0, limit);
  }, [db, key, limit]);
}
