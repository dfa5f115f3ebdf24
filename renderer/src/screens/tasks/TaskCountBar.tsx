import { Flex, Typography } from 'antd';
import type { TaskViewId } from '../../../../shared/domain/task-views.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import type { TaskListData } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ExportButton } from './ExportButton.tsx';

/** How many tasks the view shows after the filters, and the export of exactly those, titled by the view. */
export function TaskCountBar(props: {
  tasks: readonly Task[];
  view: TaskViewId;
  data: TaskListData | undefined;
  today: IsoDate;
}) {
  const m = useMessages();
  const { data } = props;
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Text data-testid="task-count">{m.tasks.count(props.tasks.length)}</Typography.Text>
      {data && (
        <ExportButton
          tasks={props.tasks}
          title={`${m.nav.tasks} — ${m.taskViews[props.view]}`}
          lookups={data}
          today={props.today}
        />
      )}
    </Flex>
  );
}
