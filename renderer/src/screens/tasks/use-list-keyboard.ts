import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import { HEADER_KEY, moveActive } from './list-keys.ts';
import type { ListItem } from './task-list-rows.ts';

export interface ListKeyboardOptions {
  items: readonly ListItem[];
  /** The first and one-past-last lines drawn now (long lists draw only some). */
  range: { start: number; end: number };
  rowHeight: number;
  viewport: RefObject<HTMLDivElement | null>;
  /** Where the list is scrolled, how tall it shows and how tall its sticky header is. */
  measure: () => { scrollTop: number; clientHeight: number; headerHeight: number };
  /** Scrolls the list (and moves the drawn window). */
  scrollTo: (scrollTop: number) => void;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onOpen: (task: Task) => void;
}

/**
 * The list's keyboard model: one Tab stop (roving tabindex) on the active row; ↑/↓, PageUp/PageDown,
 * Home/End move it, Space ticks the row (on the header: every task), Enter opens the task.
 */
export function useListKeyboard(options: ListKeyboardOptions) {
  const { items, range, rowHeight, viewport } = options;
  const [active, setActive] = useState<string>(HEADER_KEY);
  const [focused, setFocused] = useState<string | null>(null);
  const focusPending = useRef(false);
  const taskIndex = new Map<string, number>();
  const keys = [HEADER_KEY];
  items.forEach((item, index) => {
    if (item.kind !== 'task') return;
    taskIndex.set(item.task.id, index);
    keys.push(item.task.id);
  });
  const activeIndex = taskIndex.get(active);
  const activeDrawn = activeIndex !== undefined && activeIndex >= range.start && activeIndex < range.end;
  /** The one row with tabIndex 0: the active one when drawn, otherwise the header (always drawn). */
  const tabStop = activeDrawn ? active : HEADER_KEY;

  useEffect(() => {
    if (!focusPending.current) return;
    const row = viewport.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(active)}"]`);
    if (!row) return;
    focusPending.current = false;
    row.focus({ preventScroll: true });
  });

  const reveal = (index: number) => {
    const { scrollTop, clientHeight, headerHeight } = options.measure();
    const top = headerHeight + index * rowHeight;
    if (top - headerHeight < scrollTop) options.scrollTo(top - headerHeight);
    else if (top + rowHeight > scrollTop + clientHeight) options.scrollTo(top + rowHeight - clientHeight);
  };

  const moveTo = (key: string) => {
    setActive(key);
    focusPending.current = true;
    const index = taskIndex.get(key);
    if (index !== undefined) reveal(index);
    else options.scrollTo(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.dataset.rowKey === undefined) return;
    const key = target.dataset.rowKey;
    const page = Math.max(1, Math.floor(options.measure().clientHeight / rowHeight) - 1);
    const next = moveActive(keys, key, event.key, page);
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    const task = key === HEADER_KEY ? undefined : items[taskIndex.get(key) ?? -1];
    if (event.key === ' ') {
      event.preventDefault();
      if (key === HEADER_KEY) options.onToggleAll();
      else options.onToggle(key);
    } else if (event.key === 'Enter' && task?.kind === 'task') {
      event.preventDefault();
      options.onOpen(task.task);
    }
  };

  const rowFocus = (key: string) => ({
    'data-row-key': key,
    tabIndex: key === tabStop ? 0 : -1,
    onFocus: (event: { target: EventTarget; currentTarget: EventTarget }) => {
      if (event.target !== event.currentTarget) return;
      setActive(key);
      setFocused(key);
    },
    onBlur: () => setFocused((current) => (current === key ? null : current)),
  });

  return { onKeyDown, rowFocus, focused, tabStop };
}
