import type { MouseEvent } from 'react';

/** The id of the one <main> landmark (antd's Layout.Content), the skip link's target. */
export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first focusable element of every page: hidden until focused, it moves keyboard focus past the
 * menu and the display controls to the main content (WCAG 2.4.1).
 */
export function SkipLink({ label, targetId = MAIN_CONTENT_ID }: { label: string; targetId?: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // The hash router must not see "#main-content" as a route: move focus ourselves.
    event.preventDefault();
    const target = document.getElementById(targetId);
    if (!target) return;
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {label}
    </a>
  );
}
