/**
 * Vietnamese sort order with numbers compared by value ("chỉ tiêu 2" before "chỉ tiêu 10"), đ after d,
 * and marks ordered as the alphabet does (a, ă, â). Sensitivity stays at 'variant' so that words that
 * differ only by a mark still sort in a fixed order.
 */
export const viCollator = new Intl.Collator('vi', { numeric: true });

/** Compares two texts in Vietnamese order; suitable for `Array.prototype.sort`. */
export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/** A sorted copy of `items` by the Vietnamese order of `key(item)`. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}
