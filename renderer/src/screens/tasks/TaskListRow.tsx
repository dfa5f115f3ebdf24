import { Checkbox, Progress, Tag, Tooltip, Typography } from 'antd';
import type { FocusEvent } from 'react';
import { effectiveTaskStatus, type EffectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useMessages } from '../../i18n/messages.ts';
import {
  CELL,
  CLAMP,
  COLUMN_COUNT,
  focusRing,
  GRID,
  ROW_BG,
  ROW_BORDER,
  SELECTED_BG,
  stickyCell,
} from './task-list-layout.ts';
import type { ListItem } from './task-list-rows.ts';

export const statusColors: Record<EffectiveTaskStatus, string> = {
  not_started: 'default',
  in_progress: 'blue',
  done: 'green',
  overdue: 'red',
  paused: 'orange',
};

/** What the keyboard model gives each row: its key, its tabindex and the focus handlers. */
export interface RowFocus {
  'data-row-key': string;
  tabIndex: number;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: () => void;
}

export function GroupRow(props: {
  item: Extract<ListItem, { kind: 'group' }>;
  index: number;
  height: number;
}) {
  const m = useMessages();
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      data-testid="task-group"
      style={{ ...GRID, height: props.height, alignItems: 'end' }}
    >
      <div
        role="gridcell"
        aria-colspan={COLUMN_COUNT}
        style={{ gridColumn: '1 / -1', padding: '0 12px 8px' }}
      >
        {/* Stays in sight while the list scrolls sideways. */}
        <span style={{ position: 'sticky', left: 12, display: 'inline-block' }}>
          <Typography.Text strong style={{ fontSize: '1.1em' }}>
            {props.item.label}
          </Typography.Text>{' '}
          <Tag>{m.tasks.count(props.item.count)}</Tag>
        </span>
      </div>
    </div>
  );
}

export interface TaskRowProps {
  task: Task;
  index: number;
  height: number;
  today: IsoDate;
  checked: boolean;
  focused: boolean;
  focus: RowFocus;
  lead: string;
  source: string;
  onToggle: (id: string) => void;
  onOpen: (task: Task) => void;
}

/** One task: the tick and name stay on the left; status, progress, deadline and lead unit follow. */
export function TaskRow(props: TaskRowProps) {
  const m = useMessages();
  const { task } = props;
  const status = effectiveTaskStatus(task, props.today);
  const background = props.checked ? SELECTED_BG : ROW_BG;
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-selected={props.checked}
      data-testid="task-row"
      {...props.focus}
      onClick={() => props.onOpen(task)}
      style={{
        ...GRID,
        ...focusRing(props.focused),
        height: props.height,
        cursor: 'pointer',
        background,
        borderTop: ROW_BORDER,
      }}
    >
      <div
        role="gridcell"
        onClick={(event) => event.stopPropagation()}
        style={{ ...CELL, ...stickyCell('tick', background, props.focused) }}
      >
        <Checkbox
          tabIndex={-1}
          aria-label={m.tasks.select(task.title)}
          checked={props.checked}
          onChange={() => props.onToggle(task.id)}
        />
      </div>
      <div
        role="gridcell"
        data-testid="task-name-cell"
        style={{ ...CELL, ...stickyCell('name', background, props.focused) }}
      >
        <span style={CLAMP} title={task.title}>
          {task.title}
        </span>
        {props.source && (
          <Typography.Text type="secondary" ellipsis style={{ fontSize: '0.85em', display: 'block' }}>
            {props.source}
          </Typography.Text>
        )}
      </div>
      <div role="gridcell" data-testid="task-status-cell" style={CELL}>
        <span>
          <Tag color={statusColors[status]} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
            {m.taskStatus[status]}
          </Tag>
        </span>
      </div>
      <div role="gridcell" style={CELL}>
        <Progress percent={task.progress} size="small" aria-label={m.tasks.progressOf(task.progress)} />
      </div>
      <div role="gridcell" style={CELL}>
        {task.deadline ? (
          <Tooltip title={task.deadlineText}>
            <span>{formatDateVi(task.deadline)}</span>
          </Tooltip>
        ) : (
          m.tasks.none
        )}
      </div>
      <LeadCell lead={props.lead} cooperating={task.cooperatingUnitIds.length} />
    </div>
  );
}

function LeadCell(props: { lead: string; cooperating: number }) {
  const m = useMessages();
  return (
    <div role="gridcell" style={CELL}>
      <span style={CLAMP}>
        {props.lead}
        {props.cooperating > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
            {' '}
            · {m.tasks.moreCooperating(props.cooperating)}
          </Typography.Text>
        )}
      </span>
    </div>
  );
}
