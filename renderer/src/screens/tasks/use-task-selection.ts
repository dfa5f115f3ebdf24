import { useMemo, useState } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';

/** The tasks ticked for a bulk action, by id; `selectedTasks` keeps the list's order. */
export function useTaskSelection(tasks: readonly Task[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectedTasks = useMemo(() => tasks.filter((task) => selected.has(task.id)), [tasks, selected]);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAll = (select: boolean) =>
    setSelected(select ? new Set(tasks.map((task) => task.id)) : new Set());
  const clear = () => setSelected(new Set());
  return { selected, selectedTasks, toggle, toggleAll, clear };
}
