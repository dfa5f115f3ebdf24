import { Checkbox, Empty, Progress, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { effectiveTaskStatus, type EffectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { visibleRange, type ListItem } from './task-list-rows.ts';

export const statusColors: Record<EffectiveTaskStatus, string> = {
  not_started: 'default',
  in_progress: 'blue',
  done: 'green',
  overdue: 'red',
  paused: 'orange',
};

const GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '2.5rem minmax(0, 1fr) 11rem 7rem 9rem 8rem',
  alignItems: 'center',
  columnGap: 12,
  padding: '0 12px',
  boxSizing: 'border-box',
};
const CLAMP: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
};

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

/**
 * The task list: one fixed-height line per task (title on two lines at most), group headers with counts.
 * Long lists draw only the lines around the scroll position, so 10,000 tasks scroll smoothly.
 */
export function TaskList(props: TaskListProps) {
  const m = useMessages();
  const fontScale = useUiStore((state) => state.settings.fontScale);
  const rowHeight = Math.round(16 * fontScale * 4.5);
  const viewport = useRef<HTMLDivElement>(null);
  const [first, setFirst] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const { items, selected } = props;
  const range = visibleRange({
    count: items.length,
    rowHeight,
    scrollTop: first * rowHeight,
    viewportHeight,
  });
  const taskCount = items.filter((item) => item.kind === 'task').length;
  const allSelected = taskCount > 0 && selected.size >= taskCount;
  if (items.length === 0) return <Empty description={m.empty.tasks} />;
  return (
    <div
      ref={viewport}
      role="table"
      aria-label={m.tasks.listLabel}
      aria-rowcount={items.length + 1}
      onScroll={(event) => setFirst(Math.floor(event.currentTarget.scrollTop / rowHeight))}
      style={{
        maxHeight: '70vh',
        overflowY: 'auto',
        border: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
      }}
    >
      <div
        role="row"
        aria-rowindex={1}
        style={{
          ...GRID,
          position: 'sticky',
          top: 0,
          zIndex: 1,
          minHeight: 44,
          background: 'var(--ant-color-bg-layout, #f5f5f5)',
          fontWeight: 600,
        }}
      >
        <span role="columnheader">
          <Checkbox
            aria-label={m.tasks.selectAll}
            checked={allSelected}
            indeterminate={selected.size > 0 && !allSelected}
            onChange={(event) => props.onToggleAll(event.target.checked)}
          />
        </span>
        <span role="columnheader">{m.tasks.title}</span>
        <span role="columnheader">{m.tasks.lead}</span>
        <span role="columnheader">{m.tasks.deadline}</span>
        <span role="columnheader">{m.tasks.status}</span>
        <span role="columnheader">{m.tasks.progress}</span>
      </div>
      <div style={{ height: range.start * rowHeight }} aria-hidden />
      {items.slice(range.start, range.end).map((item, offset) => {
        const index = range.start + offset;
        return item.kind === 'group' ? (
          <GroupRow key={`g:${item.key}`} item={item} index={index} height={rowHeight} />
        ) : (
          <TaskRow key={item.task.id} {...props} task={item.task} index={index} height={rowHeight} />
        );
      })}
      <div style={{ height: (items.length - range.end) * rowHeight }} aria-hidden />
    </div>
  );
}

function GroupRow(props: { item: Extract<ListItem, { kind: 'group' }>; index: number; height: number }) {
  const m = useMessages();
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      data-testid="task-group"
      style={{ height: props.height, display: 'flex', alignItems: 'flex-end', padding: '0 12px 8px' }}
    >
      <Typography.Title level={5} style={{ margin: 0 }} role="cell">
        {props.item.label} <Tag>{m.tasks.count(props.item.count)}</Tag>
      </Typography.Title>
    </div>
  );
}

function TaskRow(props: TaskListProps & { task: Task; index: number; height: number }) {
  const m = useMessages();
  const { task } = props;
  const status = effectiveTaskStatus(task, props.today);
  const lead = props.unitName.get(task.leadUnitId) ?? m.tasks.none;
  const source = props.sourceOf(task);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) props.onOpen(task);
  };
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-selected={props.selected.has(task.id)}
      data-testid="task-row"
      tabIndex={0}
      onClick={() => props.onOpen(task)}
      onKeyDown={onKeyDown}
      style={{
        ...GRID,
        height: props.height,
        cursor: 'pointer',
        borderTop: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
      }}
    >
      <span role="cell" onClick={(event) => event.stopPropagation()}>
        <Checkbox
          aria-label={m.tasks.select(task.title)}
          checked={props.selected.has(task.id)}
          onChange={() => props.onToggle(task.id)}
        />
      </span>
      <span role="cell" style={{ minWidth: 0 }}>
        <span style={CLAMP} title={task.title}>
          {task.title}
        </span>
        {source && (
          <Typography.Text type="secondary" ellipsis style={{ fontSize: '0.85em', display: 'block' }}>
            {source}
          </Typography.Text>
        )}
      </span>
      <span role="cell" style={CLAMP}>
        {lead}
        {task.cooperatingUnitIds.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
            {' '}
            · {m.tasks.moreCooperating(task.cooperatingUnitIds.length)}
          </Typography.Text>
        )}
      </span>
      <span role="cell">
        {task.deadline ? (
          <Tooltip title={task.deadlineText}>{formatDateVi(task.deadline)}</Tooltip>
        ) : (
          m.tasks.none
        )}
      </span>
      <span role="cell">
        <Tag color={statusColors[status]}>{m.taskStatus[status]}</Tag>
      </span>
      <span role="cell">
        <Progress percent={task.progress} size="small" />
      </span>
    </div>
  );
}
