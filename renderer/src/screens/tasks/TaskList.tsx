import { Checkbox, Empty } from 'antd';
import { useEffect, useRef, useState, type Ref, type RefObject } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { HEADER_KEY } from './list-keys.ts';
import { COLUMN_COUNT, focusRing, GRID, HEADER_BG, HEADER_CELL, stickyCell } from './task-list-layout.ts';
import { visibleRange, type ListItem } from './task-list-rows.ts';
import { GroupRow, TaskRow, type RowFocus } from './TaskListRow.tsx';
import { useListKeyboard } from './use-list-keyboard.ts';

export { statusColors } from './TaskListRow.tsx';

export interface TaskListProps {
  items: readonly ListItem[];
  today: IsoDate;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  onOpen: (task: Task) => void;
  unitName: ReadonlyMap<string, string>;
  sourceOf: (task: Task) => string;
}

function useViewportHeight(viewport: RefObject<HTMLDivElement | null>) {
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport]);
  return height;
}

/** The list's scroll box, its sticky header and the first line on screen (for drawing only what shows). */
function useListScroll(rowHeight: number) {
  const viewport = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const height = useViewportHeight(viewport);
  const [first, setFirst] = useState(0);
  const measure = () => ({
    scrollTop: viewport.current?.scrollTop ?? 0,
    clientHeight: viewport.current?.clientHeight ?? height,
    headerHeight: header.current?.offsetHeight ?? 0,
  });
  const scrollTo = (scrollTop: number) => {
    if (viewport.current) viewport.current.scrollTop = scrollTop;
    setFirst(Math.floor(scrollTop / rowHeight));
  };
  return { viewport, header, height, first, setFirst, measure, scrollTo };
}

/**
 * The task list: one fixed-height line per task (title on two lines at most), group headers with counts.
 * Long lists draw only the lines around the scroll position, so 10,000 tasks scroll smoothly.
 * It is one Tab stop (a grid with a roving tabindex on its rows); see `useListKeyboard`.
 */
export function TaskList(props: TaskListProps) {
  const m = useMessages();
  const fontScale = useUiStore((state) => state.settings.fontScale);
  const rowHeight = Math.round(16 * fontScale * 4.5);
  const scroll = useListScroll(rowHeight);
  const { viewport, header, height, first } = scroll;
  const { items, selected } = props;
  const range = visibleRange({
    count: items.length,
    rowHeight,
    scrollTop: first * rowHeight,
    viewportHeight: height,
  });
  const taskCount = items.filter((item) => item.kind === 'task').length;
  const allSelected = taskCount > 0 && selected.size >= taskCount;
  const keyboard = useListKeyboard({
    items,
    range,
    rowHeight,
    viewport,
    measure: scroll.measure,
    scrollTo: scroll.scrollTo,
    onToggle: props.onToggle,
    onToggleAll: () => props.onToggleAll(!allSelected),
    onOpen: props.onOpen,
  });
  if (items.length === 0) return <Empty description={m.empty.tasks} />;
  return (
    <>
      <span id="task-list-keys" hidden>
        {m.tasks.listKeys}
      </span>
      <div
        ref={viewport}
        role="grid"
        aria-label={m.tasks.listLabel}
        aria-describedby="task-list-keys"
        aria-rowcount={items.length + 1}
        aria-colcount={COLUMN_COUNT}
        aria-multiselectable
        data-testid="task-list"
        onKeyDown={keyboard.onKeyDown}
        onScroll={(event) => scroll.setFirst(Math.floor(event.currentTarget.scrollTop / rowHeight))}
        style={{
          maxHeight: '70vh',
          overflow: 'auto',
          // The rows (57em wide at least) must not widen the page: the list scrolls sideways inside itself.
          contain: 'inline-size',
          border: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
        }}
      >
        <HeaderRow
          rowRef={header}
          focus={keyboard.rowFocus(HEADER_KEY)}
          focused={keyboard.focused === HEADER_KEY}
          allSelected={allSelected}
          someSelected={selected.size > 0 && !allSelected}
          onToggleAll={props.onToggleAll}
        />
        <div style={{ height: range.start * rowHeight }} aria-hidden />
        {items.slice(range.start, range.end).map((item, offset) => (
          <ListLine
            key={item.kind === 'group' ? `g:${item.key}` : item.task.id}
            {...props}
            item={item}
            index={range.start + offset}
            height={rowHeight}
            focused={item.kind === 'task' && keyboard.focused === item.task.id}
            focus={keyboard.rowFocus(item.kind === 'task' ? item.task.id : '')}
          />
        ))}
        <div style={{ height: (items.length - range.end) * rowHeight }} aria-hidden />
      </div>
    </>
  );
}

function ListLine(
  props: TaskListProps & { item: ListItem; index: number; height: number; focused: boolean; focus: RowFocus },
) {
  const m = useMessages();
  const { item } = props;
  if (item.kind === 'group') return <GroupRow item={item} index={props.index} height={props.height} />;
  const { task } = item;
  return (
    <TaskRow
      task={task}
      index={props.index}
      height={props.height}
      today={props.today}
      checked={props.selected.has(task.id)}
      focused={props.focused}
      focus={props.focus}
      lead={props.unitName.get(task.leadUnitId) ?? m.tasks.none}
      source={props.sourceOf(task)}
      onToggle={props.onToggle}
      onOpen={props.onOpen}
    />
  );
}

function HeaderRow({
  rowRef,
  ...props
}: {
  rowRef: Ref<HTMLDivElement>;
  focus: RowFocus;
  focused: boolean;
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: (select: boolean) => void;
}) {
  const m = useMessages();
  const cell = (id: string, label: string) => (
    <div role="columnheader" data-testid={`task-header-${id}`} style={HEADER_CELL}>
      {label}
    </div>
  );
  return (
    <div
      ref={rowRef}
      role="row"
      aria-rowindex={1}
      data-testid="task-header"
      {...props.focus}
      style={{
        ...GRID,
        ...focusRing(props.focused),
        position: 'sticky',
        top: 0,
        zIndex: 2,
        minHeight: '2.75em',
        background: HEADER_BG,
        fontWeight: 600,
      }}
    >
      <div
        role="columnheader"
        data-testid="task-header-select"
        style={{ ...HEADER_CELL, ...stickyCell('tick', HEADER_BG, props.focused) }}
      >
        <Checkbox
          tabIndex={-1}
          aria-label={m.tasks.selectAll}
          checked={props.allSelected}
          indeterminate={props.someSelected}
          onChange={(event) => props.onToggleAll(event.target.checked)}
        />
      </div>
      <div
        role="columnheader"
        data-testid="task-header-title"
        style={{ ...HEADER_CELL, ...stickyCell('name', HEADER_BG, props.focused) }}
      >
        {m.tasks.title}
      </div>
      {cell('status', m.tasks.status)}
      {cell('progress', m.tasks.progress)}
      {cell('deadline', m.tasks.deadline)}
      {cell('lead', m.tasks.lead)}
    </div>
  );
}
