import { Tabs, Tag } from 'antd';
import { taskViewIds, viewNeedsMe, type TaskViewId } from '../../../../shared/domain/task-views.ts';
import { useMessages } from '../../i18n/messages.ts';

/** The saved views as tabs, each with how many tasks it holds (not shown for "mine" until the user is known). */
export function TaskViewTabs(props: {
  view: TaskViewId;
  counts: Record<TaskViewId, number>;
  /** The user has not said who they are: the views about "me" have nothing to count. */
  noMe: boolean;
  onChange: (view: string) => void;
}) {
  const m = useMessages();
  return (
    <Tabs
      size="small"
      activeKey={props.view}
      onChange={props.onChange}
      items={taskViewIds.map((id) => ({
        key: id,
        label: (
          <span>
            {m.taskViews[id]}{' '}
            {!(viewNeedsMe(id) && props.noMe) && (
              <Tag data-testid={`view-count-${id}`}>{props.counts[id]}</Tag>
            )}
          </span>
        ),
      }))}
    />
  );
}
