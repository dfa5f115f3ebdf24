import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { TaskListData } from '../../data/use-task-list.ts';
import type { ReminderSettings } from '../../../../shared/domain/task-reminders.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate, type RouteQuery } from '../../state/router.ts';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';
import { MeChooser } from './MeChooser.tsx';
import { ReminderSettingsButton } from './ReminderSettingsButton.tsx';

/** The screen's title with who the user is, the reminder settings and "new task" when they may create one. */
export function TasksHeader(props: {
  data: TaskListData | undefined;
  reminders: ReminderSettings;
  onReminders: (next: ReminderSettings) => void;
  canCreate: boolean;
  /** The current view and filters, kept when the new-task drawer opens. */
  query: RouteQuery;
}) {
  const m = useMessages();
  const { data } = props;
  return (
    <Flex justify="space-between" align="center" wrap gap={12}>
      <ScreenTitle id="tasks-title" style={{ margin: 0 }}>
        {m.nav.tasks}
      </ScreenTitle>
      <Flex gap={12} wrap align="center">
        {data && <MeChooser people={data.people} unitName={data.unitName} />}
        <ReminderSettingsButton settings={props.reminders} onChange={props.onReminders} />
        {props.canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => navigate('tasks', 'new', props.query)}
          >
            {m.tasks.create}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
