/** A change of one record's position: the field to write and its new value. */
export interface OrderPatch {
  id: string;
  value: number;
}

function byField<T extends { id: string }>(items: readonly T[], field: (item: T) => number): T[] {
  return [...items].sort((a, b) => field(a) - field(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The patches that give `items`, in the order `sorted`, the positions start, start+1, … — only for the
 * items whose position really changes, so a reorder writes as few records as it can.
 */
function positions<T extends { id: string }>(
  sorted: readonly T[],
  field: (item: T) => number,
  start: number,
): OrderPatch[] {
  const patches: OrderPatch[] = [];
  sorted.forEach((item, index) => {
    if (field(item) !== index + start) patches.push({ id: item.id, value: index + start });
  });
  return patches;
}

/** Moves one item to another index of the list sorted by `order`; returns the `order` patches (0-based). */
export function moveToIndex<T extends { id: string; order: number }>(
  items: readonly T[],
  id: string,
  toIndex: number,
): OrderPatch[] {
  const sorted = byField(items, (item) => item.order);
  const from = sorted.findIndex((item) => item.id === id);
  const moving = sorted[from];
  if (moving === undefined) return [];
  const target = Math.max(0, Math.min(sorted.length - 1, toIndex));
  sorted.splice(from, 1);
  sorted.splice(target, 0, moving);
  return positions(sorted, (item) => item.order, 0);
}

/** Moves one item up (delta -1) or down (+1) in the list sorted by `order`. */
export function moveBy<T extends { id: string; order: number }>(
  items: readonly T[],
  id: string,
  delta: number,
): OrderPatch[] {
  const sorted = byField(items, (item) => item.order);
  const from = sorted.findIndex((item) => item.id === id);
  if (from < 0) return [];
  return moveToIndex(items, id, from + delta);
}

/** The next free `order` at the end of the list. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}

/** The next number of a numbered list (kết luận, quyết nghị): one past the highest. */
export function nextNumber(items: readonly { number: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.number), 0) + 1;
}

/**
 * Đánh số lại: numbers 1, 2, … in the current order (by number, ties by id), closing gaps left by
 * deletions. Returns the `number` patches of the items whose number changes. Tasks link to a conclusion
 * by its id, never by its number, so renumbering never breaks a link.
 */
export function renumber<T extends { id: string; number: number }>(items: readonly T[]): OrderPatch[] {
  return positions(
    byField(items, (item) => item.number),
    (item) => item.number,
    1,
  );
}

/** Applies patches to a list (pure), for previews and tests. */
export function applyPatches<T extends { id: string }>(
  items: readonly T[],
  patches: readonly OrderPatch[],
  field: 'order' | 'number',
): T[] {
  const values = new Map(patches.map((patch) => [patch.id, patch.value]));
  return items.map((item) => {
    const value = values.get(item.id);
    return value === undefined ? item : { ...item, [field]: value };
  });
}

/** Tasks grouped by the conclusion they came from (by conclusion id). */
export function groupByConclusion<T extends { source: { kind: string; conclusionId?: string } }>(
  tasks: readonly T[],
): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const task of tasks) {
    const id = task.source.kind === 'conclusion' ? task.source.conclusionId : undefined;
    if (id === undefined) continue;
    grouped.set(id, [...(grouped.get(id) ?? []), task]);
  }
  return grouped;
}
