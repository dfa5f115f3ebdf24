import type { CSSProperties } from 'react';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { difficultRegistrations, type YearEndStatus } from '../../../../shared/domain/task-difficult.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';

/** The task's title opens it: a real button (keyboard, screen reader) that reads as the title. */
const TITLE_BUTTON: CSSProperties = {
  background: 'none',
  border: 'none',
  padding: 0,
  font: 'inherit',
  color: 'inherit',
  textAlign: 'start',
  textDecoration: 'underline',
  cursor: 'pointer',
};

const colors: Record<YearEndStatus, string> = { done: 'green', not_done: 'red', running: 'blue' };

/** Đăng ký nhiệm vụ khó: per key official, the tasks registered for each year and where they stood at year end. */
export function DifficultTasksView(props: {
  tasks: readonly Task[];
  lookups: TaskLookups;
  today: IsoDate;
  onOpen: (task: Task) => void;
}) {
  const m = useMessages();
  const people = difficultRegistrations(
    props.tasks,
    (id) => props.lookups.personName.get(id) ?? id,
    props.today,
  );
  if (people.length === 0) return <Empty description={m.empty.tasks} />;
  return (
    <Flex vertical gap={12}>
      {people.map((person) => (
        <Card key={person.personId} size="small" title={person.name} data-testid="difficult-person">
          <List
            dataSource={person.registrations}
            renderItem={(registration) => (
              <List.Item
                data-testid="task-row"
                style={{ cursor: 'pointer' }}
                onClick={() => props.onOpen(registration.task)}
                extra={
                  <Tag color={colors[registration.yearEnd]}>{m.taskDifficult[registration.yearEnd]}</Tag>
                }
              >
                <List.Item.Meta
                  title={
                    <button
                      type="button"
                      style={TITLE_BUTTON}
                      onClick={(event) => {
                        event.stopPropagation();
                        props.onOpen(registration.task);
                      }}
                    >
                      {registration.task.title}
                    </button>
                  }
                  description={
                    <Typography.Text type="secondary">
                      {m.taskDifficult.year(registration.year)} ·{' '}
                      {props.lookups.unitName.get(registration.task.leadUnitId) ?? ''} ·{' '}
                      {registration.task.progress}%
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      ))}
    </Flex>
  );
}
