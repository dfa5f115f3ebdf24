/** The header row's key in the list's keyboard model (its checkbox ticks every task shown). */
export const HEADER_KEY = '@header';

/**
 * Where a key press moves the active row: ↑/↓ one row, PageUp/PageDown a page, Home/End the first/last task.
 * `keys` are the rows that take focus, in order (the header first, then the tasks); `null` if the key does not move.
 */
export function moveActive(
  keys: readonly string[],
  current: string,
  key: string,
  page: number,
): string | null {
  if (keys.length === 0) return null;
  const at = Math.max(0, keys.indexOf(current));
  const last = keys.length - 1;
  const firstTask = keys[0] === HEADER_KEY && keys.length > 1 ? 1 : 0;
  const to = (index: number) => keys[Math.min(last, Math.max(0, index))] ?? null;
  switch (key) {
    case 'ArrowDown':
      return to(at + 1);
    case 'ArrowUp':
      return to(at - 1);
    case 'PageDown':
      return to(at + Math.max(1, page));
    case 'PageUp':
      return to(Math.max(firstTask, at - Math.max(1, page)));
    case 'Home':
      return to(firstTask);
    case 'End':
      return to(last);
    default:
      return null;
  }
}
