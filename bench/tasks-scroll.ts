/**
 * How long the task list's pipeline takes on 10,000 tasks: saved view → filters → sort by deadline →
 * groups → the visible window. Prints figures (median and worst of 20 runs), not a test.
 *
 *   node bench/tasks-scroll.ts [count]
 *
 * Scrolling itself is bounded by the window: whatever the count, the list draws at most
 * viewport / row height + 2 × 12 overscan lines (about 35 at 800 px), so a frame's work does not grow
 * with the number of tasks; only the pipeline below does, and it runs when a filter changes, not per frame.
 */
import { buildDemoDataset } from '../shared/demo/index.ts';
import { groupTasks } from '../shared/domain/task-grouping.ts';
import {
  inTaskView,
  matchesTaskFilters,
  noTaskFilters,
  sortByDeadline,
} from '../shared/domain/task-views.ts';
import type { Task } from '../shared/domain/task.ts';
import { addDays } from '../shared/text/calendar-date.ts';
import { hoChiMinhTimestamp } from '../shared/text/ho-chi-minh-time.ts';
import { flattenGroups, visibleRange } from '../renderer/src/screens/tasks/task-list-rows.ts';

const count = Number(process.argv[2] ?? 10_000);
const today = '2026-11-22';
const demo = buildDemoDataset({ now: hoChiMinhTimestamp(today, '09:00') });
const units = demo.unit.map((unit) => unit.id);
const tasks: Task[] = Array.from({ length: count }, (_, i) => {
  const base = demo.task[i % demo.task.length] as Task;
  const lead = units[(i * 7) % units.length] ?? base.leadUnitId;
  return {
    ...base,
    id: `${base.id.slice(0, 30)}${String(i).padStart(6, '0')}`,
    title: `${base.title} (${i + 1})`,
    leadUnitId: lead,
    cooperatingUnitIds: base.cooperatingUnitIds.filter((id) => id !== lead),
    deadline: addDays(today, (i % 400) - 200),
  };
});
const ward = demo.unit.find((unit) => unit.name === 'Phường Bồ Đề')?.id ?? null;

function time(label: string, run: () => number): void {
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < 20; i += 1) {
    const start = performance.now();
    size = run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[10] ?? 0;
  const worst = samples.at(-1) ?? 0;
  console.log(
    `${label.padEnd(44)} ${median.toFixed(2).padStart(8)} ms median ${worst.toFixed(2).padStart(8)} ms worst  (${size} rows)`,
  );
}

console.log(`${count} tasks`);
const ctx = { today, personId: null, unitId: ward };
time('all, sorted by deadline', () => sortByDeadline(tasks).length);
time(
  'my unit (Bồ Đề), sorted',
  () => sortByDeadline(tasks.filter((t) => inTaskView(t, 'my-unit', ctx))).length,
);
time('overdue + status and deadline-range filters', () => {
  const filters = {
    ...noTaskFilters,
    statuses: ['overdue' as const],
    deadlineFrom: addDays(today, -90),
    deadlineTo: today,
  };
  return tasks.filter((t) => inTaskView(t, 'overdue', ctx) && matchesTaskFilters(t, filters, today)).length;
});
time('all, grouped by lead unit, flattened', () => {
  const groups = groupTasks(sortByDeadline(tasks), 'lead-unit', today);
  return flattenGroups(groups, (key) => key, true).length;
});
const window = visibleRange({
  count: count + 100,
  rowHeight: 72,
  scrollTop: 72 * (count / 2),
  viewportHeight: 800,
});
console.log(`lines drawn per frame at any scroll position: ${window.end - window.start}`);
