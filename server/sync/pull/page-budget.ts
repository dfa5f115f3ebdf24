/**
 * Fills a page up to a count and a size in bytes (of the JSON sent), always at least one item so a
 * client can progress past an item larger than its budget.
 */
export function takeWithinBudget<T>(items: readonly T[], limit: number, maxBytes: number): T[] {
  const page: T[] = [];
  let bytes = 2;
  for (const item of items) {
    if (page.length >= limit) break;
    const size = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (page.length > 0 && bytes + size > maxBytes) break;
    page.push(item);
    bytes += size;
  }
  return page;
}
