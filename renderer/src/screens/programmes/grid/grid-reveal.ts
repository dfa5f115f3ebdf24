/** The edges of a box on screen, as getBoundingClientRect gives them. */
export interface Edges {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How far the grid's box must scroll (down, right) for a cell to show whole in the part of the box the
 * sticky heading row (`headHeight` high) and sticky columns (`stickyWidth` wide) leave free. A sticky cell
 * only needs the vertical move: it never leaves the left edge.
 */
export function revealDelta(
  box: Edges,
  cell: Edges,
  covered: { headHeight: number; stickyWidth: number; cellIsSticky: boolean },
): { down: number; right: number } {
  const top = box.top + covered.headHeight;
  const down = cell.top < top ? cell.top - top : cell.bottom > box.bottom ? cell.bottom - box.bottom : 0;
  if (covered.cellIsSticky) return { down, right: 0 };
  const left = box.left + covered.stickyWidth;
  const right =
    cell.left < left
      ? cell.left - left
      : cell.right > box.right
        ? Math.min(cell.right - box.right, cell.left - left)
        : 0;
  return { down, right };
}

/** The free part of a scrolling box: its client area (without scroll bars) on screen. */
function clientEdges(box: HTMLElement): Edges {
  const rect = box.getBoundingClientRect();
  const top = rect.top + box.clientTop;
  const left = rect.left + box.clientLeft;
  return { top, left, bottom: top + box.clientHeight, right: left + box.clientWidth };
}

/**
 * Focuses a cell of the grid and scrolls its box so the cell shows clear of the sticky heading row and
 * the sticky number and name columns.
 */
export function focusCell(cell: HTMLElement): void {
  cell.focus({ preventScroll: true });
  const box = cell.closest<HTMLElement>('.indicator-grid-scroll');
  if (!box) return;
  const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const sticky = [...(cell.parentElement?.querySelectorAll<HTMLElement>('.is-sticky-name') ?? [])];
  const edges = clientEdges(box);
  const stickyRight = Math.max(edges.left, ...sticky.map((s) => s.getBoundingClientRect().right));
  const { down, right } = revealDelta(edges, cell.getBoundingClientRect(), {
    headHeight: head,
    stickyWidth: stickyRight - edges.left,
    cellIsSticky: cell.classList.contains('is-sticky-name'),
  });
  if (down !== 0) box.scrollTop += down;
  if (right !== 0) box.scrollLeft += right;
  // The box itself may be partly off the page: bring it into the window too.
  if ('scrollIntoView' in box) box.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
