import { Button, Tag } from 'antd';
import { useRef, type KeyboardEvent } from 'react';
import { taskViewIds, viewNeedsMe, type TaskViewId } from '../../../../shared/domain/task-views.ts';
import { useMessages } from '../../i18n/messages.ts';

/** The id of a view's tab, for the panel's aria-labelledby. */
export const viewTabId = (view: TaskViewId) => `task-view-tab-${view}`;
export const VIEW_PANEL_ID = 'task-view-panel';

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The saved views as tabs, each with how many tasks it holds (not shown for "mine" until the user is known).
 * The tabs wrap onto more lines at large font steps rather than hiding behind a "more" menu; ←/→ move between
 * them (one Tab stop), Enter or Space opens a view.
 */
export function TaskViewTabs(props: {
  view: TaskViewId;
  counts: Record<TaskViewId, number>;
  /** The user has not said who they are: the views about "me" have nothing to count. */
  noMe: boolean;
  onChange: (view: string) => void;
}) {
  const m = useMessages();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    const tabs = [...(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const at = tabs.findIndex((tab) => tab === document.activeElement);
    if (!move || at < 0) return;
    event.preventDefault();
    tabs[move(at, tabs.length)]?.focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label={m.tasks.viewsLabel}
      onKeyDown={onKeyDown}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 4,
        marginBottom: 12,
        borderBottom: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
      }}
    >
      {taskViewIds.map((id) => {
        const selected = id === props.view;
        return (
          <Button
            key={id}
            type="text"
            role="tab"
            id={viewTabId(id)}
            aria-selected={selected}
            aria-controls={VIEW_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onChange(id)}
            style={{
              height: 'auto',
              minHeight: '2.5em',
              whiteSpace: 'normal',
              textAlign: 'start',
              borderRadius: 0,
              fontWeight: selected ? 600 : 400,
              borderBottom: `3px solid ${selected ? 'var(--ant-color-primary, #1677ff)' : 'transparent'}`,
            }}
          >
            <span>
              {m.taskViews[id]}{' '}
              {!(viewNeedsMe(id) && props.noMe) && (
                <Tag data-testid={`view-count-${id}`} style={{ marginInlineEnd: 0 }}>
                  {props.counts[id]}
                </Tag>
              )}
            </span>
          </Button>
        );
      })}
    </div>
  );
}
