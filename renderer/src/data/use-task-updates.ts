import { useLiveQuery } from 'dexie-react-hooks';
import type { TaskUpdate } from '../../../shared/domain/task.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';
import { taskReports } from './task-reports.ts';

/** A task's progress reports, newest first, from its own space only (see `taskReports`). */
export function useTaskUpdates(task: { id: string; spaceId: string } | null): TaskUpdate[] | undefined {
  const { db } = useDb();
  const taskId = task?.id ?? null;
  const spaceId = task?.spaceId ?? null;
  return useLiveQuery(async () => {
    if (taskId === null || spaceId === null) return [];
    return taskReports(await liveRows(db.taskUpdate.where('taskId').equals(taskId)), { id: taskId, spaceId });
  }, [db, taskId, spaceId]);
}
