import { useLiveQuery } from 'dexie-react-hooks';
import type { TaskUpdate } from '../../../shared/domain/task.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';

/** A task's progress reports, newest first (by report date, then by when they were written). */
export function useTaskUpdates(taskId: string | null): TaskUpdate[] | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    if (taskId === null) return [];
    const rows = await liveRows(db.taskUpdate.where('taskId').equals(taskId));
    return rows.sort((a, b) =>
      a.reportDate === b.reportDate ? (a.id < b.id ? 1 : -1) : a.reportDate < b.reportDate ? 1 : -1,
    );
  }, [db, taskId]);
}
