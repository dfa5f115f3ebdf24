import type { TaskGroup } from '../../../../shared/domain/task-grouping.ts';
import type { Task } from '../../../../shared/domain/task.ts';

/** One line of the windowed list: a group's header (with its count) or a task. */
export type ListItem =
  { kind: 'group'; key: string; label: string; count: number } | { kind: 'task'; task: Task };

/** Flattens groups into the lines the list draws; a single ungrouped group has no header. */
export function flattenGroups(
  groups: readonly TaskGroup<Task>[],
  label: (key: string) => string,
  showHeaders: boolean,
): ListItem[] {
  const items: ListItem[] = [];
  for (const group of groups) {
    if (showHeaders)
      items.push({ kind: 'group', key: group.key, label: label(group.key), count: group.tasks.length });
    for (const task of group.tasks) items.push({ kind: 'task', task });
  }
  return items;
}

/** Lists up to this long are drawn whole; longer ones only around what is on screen. */
export const WINDOW_THRESHOLD = 300;
const OVERSCAN = 12;

/** The slice of lines to draw for a scroll position: [start, end). */
export function visibleRange(options: {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
}): { start: number; end: number } {
  const { count, rowHeight, scrollTop, viewportHeight } = options;
  if (count <= WINDOW_THRESHOLD) return { start: 0, end: count };
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - OVERSCAN);
  const end = Math.min(count, first + Math.ceil(viewportHeight / rowHeight) + OVERSCAN);
  return { start, end };
}
