import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildDemoDataset } from '../../../../shared/demo/index.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import { hoChiMinhTimestamp } from '../../../../shared/text/ho-chi-minh-time.ts';
import { HEADER_KEY, moveActive } from './list-keys.ts';
import type { ListItem } from './task-list-rows.ts';
import { TaskList } from './TaskList.tsx';
import { useTaskSelection } from './use-task-selection.ts';

const data = buildDemoDataset({ now: hoChiMinhTimestamp('2026-11-22', '09:00') });
const tasks = data.task.slice(0, 4);
const items: ListItem[] = [
  { kind: 'group', key: 'a', label: 'Nhóm A', count: 2 },
  ...tasks.slice(0, 2).map((task) => ({ kind: 'task' as const, task })),
  { kind: 'group', key: 'b', label: 'Nhóm B', count: 2 },
  ...tasks.slice(2).map((task) => ({ kind: 'task' as const, task })),
];

function Harness(props: { onOpen: (task: Task) => void }) {
  const selection = useTaskSelection(tasks);
  return (
    <TaskList
      items={items}
      today="2026-11-22"
      selected={selection.selected}
      onToggle={selection.toggle}
      onToggleAll={selection.toggleAll}
      onOpen={props.onOpen}
      unitName={new Map()}
      sourceOf={() => ''}
    />
  );
}

const rowOf = (task: Task | undefined) =>
  screen.getAllByTestId('task-row').find((row) => row.textContent?.includes(task?.title ?? '@')) ?? null;
const tabStops = () => screen.getByRole('grid').querySelectorAll('[tabindex="0"]');

describe('the task list keyboard model', () => {
  it('is one Tab stop: only one element in the list has tabIndex 0, the checkboxes are out of the Tab order', () => {
    render(<Harness onOpen={() => undefined} />);
    expect(tabStops()).toHaveLength(1);
    for (const box of screen.getAllByRole('checkbox')) expect(box.tabIndex).toBe(-1);
    expect(screen.getByRole('grid')?.getAttribute('aria-rowcount')).toBe(String(items.length + 1));
  });

  it('↑/↓ move the active row (skipping group headers), Home/End go to the first/last task', () => {
    render(<Harness onOpen={() => undefined} />);
    const header = screen.getByTestId('task-header');
    header.focus();
    fireEvent.keyDown(header, { key: 'ArrowDown' });
    const first = rowOf(tasks[0]);
    expect(document.activeElement).toBe(first);
    expect(first?.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rowOf(tasks[2]));
    expect(tabStops()).toHaveLength(1);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rowOf(tasks[1]));
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'End' });
    expect(document.activeElement).toBe(rowOf(tasks[3]));
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Home' });
    expect(document.activeElement).toBe(rowOf(tasks[0]));
    expect(tabStops()).toHaveLength(1);
  });

  it('Space ticks the active row, on the header every task; Enter opens the task', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    const second = rowOf(tasks[1]);
    if (!second) throw new Error('no row');
    second.focus();
    fireEvent.keyDown(second, { key: ' ' });
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(within(second).getByRole<HTMLInputElement>('checkbox').checked).toBe(true);
    fireEvent.keyDown(second, { key: ' ' });
    expect(second?.getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(second, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(tasks[1]);
    const header = screen.getByTestId('task-header');
    header.focus();
    fireEvent.keyDown(header, { key: ' ' });
    expect(
      screen.getAllByTestId('task-row').every((row) => row.getAttribute('aria-selected') === 'true'),
    ).toBe(true);
  });

  it('gives the layout test stable hooks: header cells, name and status cells, progress labels', () => {
    render(<Harness onOpen={() => undefined} />);
    expect(screen.getByTestId('task-header-title').textContent).toBe('Nhiệm vụ');
    expect(screen.getByTestId('task-header-status').textContent).toBe('Trạng thái');
    expect(screen.getAllByTestId('task-name-cell')).toHaveLength(4);
    expect(screen.getAllByTestId('task-status-cell')).toHaveLength(4);
    const progress = screen.getAllByRole('progressbar')[0];
    expect(progress?.getAttribute('aria-label')).toMatch(/^Tiến độ: \d+%$/);
  });
});

describe('moveActive', () => {
  const keys = [HEADER_KEY, 'a', 'b', 'c'];
  it('stays within the list and goes to the header above the first task', () => {
    expect(moveActive(keys, 'a', 'ArrowUp', 5)).toBe(HEADER_KEY);
    expect(moveActive(keys, 'c', 'ArrowDown', 5)).toBe('c');
    expect(moveActive(keys, HEADER_KEY, 'Home', 5)).toBe('a');
    expect(moveActive(keys, 'a', 'PageDown', 5)).toBe('c');
    expect(moveActive(keys, 'c', 'PageUp', 5)).toBe('a');
    expect(moveActive(keys, 'a', 'x', 5)).toBeNull();
  });
});
