import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { taskViewIds, type TaskViewId } from '../../../../shared/domain/task-views.ts';
import { TaskViewTabs, VIEW_PANEL_ID } from './TaskViewTabs.tsx';

const counts: Record<TaskViewId, number> = {
  all: 3,
  'my-unit': 3,
  'assigned-by-me': 3,
  overdue: 3,
  'this-week': 3,
  'by-programme': 3,
  'by-meeting': 3,
  difficult: 3,
};

describe('the saved views tabs', () => {
  it('are one Tab stop; ←/→ move between them, Home/End to the ends; a click opens a view', () => {
    const onChange = vi.fn();
    render(<TaskViewTabs view="overdue" counts={counts} noMe={false} onChange={onChange} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toHaveLength(taskViewIds.length);
    expect(tabs.filter((tab) => tab.tabIndex === 0).map((tab) => tab.textContent)).toEqual(['Quá hạn 3']);
    expect(screen.getByRole('tab', { selected: true }).getAttribute('aria-controls')).toBe(VIEW_PANEL_ID);
    const selected = screen.getByRole('tab', { name: /^Quá hạn/ });
    selected.focus();
    fireEvent.keyDown(selected, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toMatch(/^Đến hạn trong tuần/);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Home' });
    expect(document.activeElement?.textContent).toMatch(/^Tất cả/);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toMatch(/^Đăng ký nhiệm vụ khó/);
    fireEvent.click(screen.getByRole('tab', { name: /^Tôi giao/ }));
    expect(onChange).toHaveBeenCalledWith('assigned-by-me');
  });

  it('shows no count for the views about "me" until the user is known', () => {
    render(<TaskViewTabs view="all" counts={counts} noMe onChange={() => undefined} />);
    expect(screen.queryByTestId('view-count-my-unit')).toBeNull();
    expect(screen.getByTestId('view-count-all').textContent).toBe('3');
  });
});
