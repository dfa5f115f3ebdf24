import type { CSSProperties } from 'react';

/**
 * The list's columns: tick, name, status, progress, deadline, lead unit. Widths are in em so they grow with the
 * font steps; the name never gets narrower than 16em: when the screen is too narrow the list scrolls sideways,
 * with the tick and name columns kept on the left and the header kept on top.
 */
export const COLUMNS = '3em minmax(16em, 1fr) 10em 8em 8em 12em';
export const COLUMN_COUNT = 6;
/** The sum of the columns' smallest widths. */
const MIN_WIDTH = '57em';
/** The name column starts after the tick column. */
const NAME_LEFT = '3em';

export const ROW_BG = 'var(--ant-color-bg-container, #ffffff)';
export const SELECTED_BG = 'var(--ant-control-item-bg-active, #e6f4ff)';
export const HEADER_BG = 'var(--ant-color-bg-layout, #f5f5f5)';
const BORDER = 'var(--ant-color-border-secondary, #f0f0f0)';
const FOCUS = 'var(--ant-color-primary, #1677ff)';

export const GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: COLUMNS,
  alignItems: 'stretch',
  minWidth: MIN_WIDTH,
  boxSizing: 'border-box',
};

/** A cell: padded, content centred vertically, never wider than its column. */
export const CELL: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'center',
  padding: '4px 8px',
  minWidth: 0,
  boxSizing: 'border-box',
};

/** A header label wraps rather than being cut. */
export const HEADER_CELL: CSSProperties = { ...CELL, whiteSpace: 'normal', overflowWrap: 'anywhere' };

export const CLAMP: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
};

/** The row's focus ring, drawn inside the row so the sticky cells do not hide it. */
export function focusRing(focused: boolean): CSSProperties {
  return focused ? { outline: `3px solid ${FOCUS}`, outlineOffset: -3 } : { outline: 'none' };
}

/** The tick (`first`) or name cell: stays on the left while the list scrolls sideways. */
export function stickyCell(which: 'tick' | 'name', background: string, focused: boolean): CSSProperties {
  const ring = focused ? [`inset 0 3px 0 ${FOCUS}`, `inset 0 -3px 0 ${FOCUS}`] : [];
  if (which === 'tick' && focused) ring.push(`inset 3px 0 0 ${FOCUS}`);
  if (which === 'name') ring.push(`inset -1px 0 0 ${BORDER}`);
  return {
    position: 'sticky',
    left: which === 'tick' ? 0 : NAME_LEFT,
    zIndex: 1,
    background,
    boxShadow: ring.length > 0 ? ring.join(', ') : undefined,
  };
}

export const ROW_BORDER = `1px solid ${BORDER}`;
