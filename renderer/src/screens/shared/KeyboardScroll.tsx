import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Makes the sideways-scrolling box of an antd Table inside it reachable by keyboard (WCAG 2.1.1; axe
 * `scrollable-region-focusable`): a table with nothing focusable in its cells could otherwise not be
 * scrolled without a mouse. The box becomes a named region with a Tab stop; arrow keys then scroll it.
 */
export function KeyboardScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const mark = () => {
      for (const box of root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) {
        if (box.getAttribute('tabindex') === '0') continue;
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
      }
    };
    mark();
    // antd renders the scrolling box again when the data or the columns change.
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  return <div ref={ref}>{children}</div>;
}
