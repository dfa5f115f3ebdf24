import { Badge, Button, DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { Unit } from '../../../../shared/domain/directory.ts';
import { taskGroupings, type TaskGrouping } from '../../../../shared/domain/task-grouping.ts';
import { statusOrder } from '../../../../shared/domain/task-grouping.ts';
import {
  countActiveFilters,
  noTaskFilters,
  type DeadlineOrder,
  type TaskFilters,
  type TaskSourceKind,
} from '../../../../shared/domain/task-views.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { searchByLabel, unitOptions } from './task-options.ts';

const sourceKinds: readonly TaskSourceKind[] = ['programme', 'plan', 'conclusion', 'none'];

const toDay = (iso: string | null): Dayjs | null => (iso === null ? null : dayjs(iso));
const toIso = (day: Dayjs | null | undefined): string | null => (day ? day.format('YYYY-MM-DD') : null);

/** Filters (lead unit, cooperating unit, status, deadline range, source), then grouping and order. */
export function TaskFilterBar(props: { units: readonly Unit[] }) {
  const m = useMessages();
  const { filters } = useUiStore((state) => state.taskList);
  const setTaskList = useUiStore((state) => state.setTaskList);
  const setFilters = (patch: Partial<TaskFilters>) => setTaskList({ filters: { ...filters, ...patch } });
  const units = useMemo(() => unitOptions(props.units), [props.units]);
  const active = countActiveFilters(filters);
  const wide = { flex: '1 1 16em', minWidth: '16em', maxWidth: '100%' };
  const narrow = { flex: '1 1 13em', minWidth: '13em', maxWidth: '100%' };
  return (
    <Flex wrap gap={8} align="center" role="search" aria-label={m.taskFilters.title}>
      <Select
        mode="multiple"
        aria-label={m.taskFilters.lead}
        placeholder={m.taskFilters.lead}
        style={wide}
        maxTagCount="responsive"
        showSearch={searchByLabel}
        options={units}
        value={[...filters.leadUnitIds]}
        onChange={(leadUnitIds: string[]) => setFilters({ leadUnitIds })}
      />
      <Select
        mode="multiple"
        aria-label={m.taskFilters.cooperating}
        placeholder={m.taskFilters.cooperating}
        style={wide}
        maxTagCount="responsive"
        showSearch={searchByLabel}
        options={units}
        value={[...filters.cooperatingUnitIds]}
        onChange={(cooperatingUnitIds: string[]) => setFilters({ cooperatingUnitIds })}
      />
      <Select
        mode="multiple"
        aria-label={m.taskFilters.status}
        placeholder={m.taskFilters.status}
        style={narrow}
        maxTagCount="responsive"
        options={statusOrder.map((status) => ({ value: status, label: m.taskStatus[status] }))}
        value={[...filters.statuses]}
        onChange={(statuses: TaskFilters['statuses']) => setFilters({ statuses })}
      />
      <DatePicker.RangePicker
        style={{ flex: '1 1 20em', minWidth: '20em', maxWidth: '100%' }}
        aria-label={m.taskFilters.deadline}
        format="DD/MM/YYYY"
        allowEmpty={[true, true]}
        placeholder={[m.taskFilters.deadlineFrom, m.taskFilters.deadlineTo]}
        value={[toDay(filters.deadlineFrom), toDay(filters.deadlineTo)]}
        onChange={(days) => setFilters({ deadlineFrom: toIso(days?.[0]), deadlineTo: toIso(days?.[1]) })}
      />
      <Select
        mode="multiple"
        aria-label={m.taskFilters.source}
        placeholder={m.taskFilters.source}
        style={narrow}
        maxTagCount="responsive"
        options={sourceKinds.map((kind) => ({ value: kind, label: m.taskSourceKind[kind] }))}
        value={[...filters.sources]}
        onChange={(sources: TaskSourceKind[]) => setFilters({ sources })}
      />
      <Badge count={active} size="small">
        <Button disabled={active === 0} onClick={() => setTaskList({ filters: noTaskFilters })}>
          {m.taskFilters.clear}
        </Button>
      </Badge>
      <TaskOrderControls />
    </Flex>
  );
}

/** How the list is grouped and which way the deadline sorts. */
function TaskOrderControls() {
  const m = useMessages();
  const { grouping, order } = useUiStore((state) => state.taskList);
  const setTaskList = useUiStore((state) => state.setTaskList);
  return (
    <>
      <Select<TaskGrouping>
        aria-label={m.taskFilters.grouping}
        prefix={`${m.taskFilters.grouping}:`}
        style={{ flex: '1 1 18em', minWidth: '18em', maxWidth: '100%' }}
        options={taskGroupings.map((value) => ({ value, label: m.taskGrouping[value] }))}
        value={grouping}
        onChange={(value) => setTaskList({ grouping: value })}
      />
      <Select<DeadlineOrder>
        aria-label={m.taskFilters.order}
        style={{ flex: '1 1 13em', minWidth: '13em', maxWidth: '100%' }}
        options={(['asc', 'desc'] as const).map((value) => ({ value, label: m.taskFilters[value] }))}
        value={order}
        onChange={(value) => setTaskList({ order: value })}
      />
    </>
  );
}
