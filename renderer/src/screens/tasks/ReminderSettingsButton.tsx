import { BellOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Popover, Switch, Typography } from 'antd';
import type { ReminderSettings } from '../../../../shared/domain/task-reminders.ts';
import { useMessages } from '../../i18n/messages.ts';

/** Nhắc hạn: on/off and how many days ahead of a deadline. */
export function ReminderSettingsButton(props: {
  settings: ReminderSettings;
  onChange: (next: ReminderSettings) => void;
}) {
  const m = useMessages();
  const { settings } = props;
  return (
    <Popover
      trigger="click"
      title={m.taskReminders.title}
      content={
        <Flex vertical gap={8}>
          <Flex gap={8} align="center">
            <Switch
              aria-label={m.taskReminders.enabled}
              checked={settings.enabled}
              onChange={(enabled) => props.onChange({ ...settings, enabled })}
            />
            <Typography.Text>{m.taskReminders.enabled}</Typography.Text>
          </Flex>
          <Flex gap={8} align="center">
            <Typography.Text>{m.taskReminders.daysAhead}</Typography.Text>
            <InputNumber
              aria-label={m.taskReminders.daysAhead}
              min={0}
              max={60}
              precision={0}
              value={settings.daysAhead}
              disabled={!settings.enabled}
              onChange={(days) => props.onChange({ ...settings, daysAhead: days ?? 0 })}
            />
          </Flex>
          <Typography.Text type="secondary">{m.taskReminders.hint}</Typography.Text>
        </Flex>
      }
    >
      <Button icon={<BellOutlined aria-hidden />}>{m.taskReminders.title}</Button>
    </Popover>
  );
}
