import { foldVietnamese, normalizeForCompare } from './normalize.ts';

/**
 * Ranks of a match, best first. Within a rank, a match at the start of a word scores a little more, and
 * one at the start of the text more still.
 *  - exact phrase: the query, marks and all, appears in the text (case-insensitive);
 *  - folded phrase: it appears once marks and đ are folded away ("tieu chi" in "tiêu chí");
 *  - all words: every query word appears somewhere, counting how many keep their marks.
 */
const EXACT_PHRASE = 3000;
const FOLDED_PHRASE = 2000;
const ALL_WORDS = 1000;

const WORD_CHAR = /[\p{L}\p{N}]/u;

function positionBonus(text: string, index: number): number {
  if (index === 0) return 20;
  const before = text[index - 1] ?? '';
  return WORD_CHAR.test(before) ? 0 : 10;
}

function wordsScore(textKey: string, textFolded: string, queryKey: string): number | null {
  let score = ALL_WORDS;
  for (const word of queryKey.split(' ')) {
    if (textKey.includes(word)) score += 10;
    else if (!textFolded.includes(foldVietnamese(word))) return null;
  }
  return score;
}

/**
 * How well `text` matches `query`, higher is better, or null for no match. Matching ignores case,
 * diacritics and đ/d; a match that keeps the query's marks ranks above one that needed folding, since
 * many Vietnamese words differ only by a mark. An empty query matches everything with score 0.
 */
export function searchScore(query: string, text: string): number | null {
  const queryKey = normalizeForCompare(query);
  if (queryKey === '') return 0;
  const textKey = normalizeForCompare(text);
  const exact = textKey.indexOf(queryKey);
  if (exact >= 0) return EXACT_PHRASE + positionBonus(textKey, exact);
  const textFolded = foldVietnamese(textKey);
  const folded = textFolded.indexOf(foldVietnamese(queryKey));
  if (folded >= 0) return FOLDED_PHRASE + positionBonus(textFolded, folded);
  return queryKey.includes(' ') ? wordsScore(textKey, textFolded, queryKey) : null;
}

/** Whether `text` matches `query` (see {@link searchScore}). */
export function matchesSearch(query: string, text: string): boolean {
  return searchScore(query, text) !== null;
}

/** The items that match, best first; ties keep their input order. */
export function searchRank<T>(query: string, items: readonly T[], text: (item: T) => string): T[] {
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const score = searchScore(query, text(item));
    if (score !== null) scored.push({ item, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.item);
}
