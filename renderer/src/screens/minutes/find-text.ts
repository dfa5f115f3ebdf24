import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface TextMatch {
  from: number;
  to: number;
}

/** Folds case the Vietnamese way; length-preserving for the letters of Vietnamese text. */
const fold = (value: string) => value.toLocaleLowerCase('vi');

/**
 * Every place `query` occurs in the document, ignoring case, as ProseMirror positions. Searched per text
 * node: a word split by a change of formatting in its middle is not found (rare in minutes).
 */
export function findMatches(doc: ProseMirrorNode, query: string): TextMatch[] {
  const needle = fold(query);
  if (needle.length === 0) return [];
  const matches: TextMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    const haystack = fold(node.text);
    if (haystack.length !== node.text.length) return false;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      matches.push({ from: pos + at, to: pos + at + needle.length });
    }
    return false;
  });
  return matches;
}

/** The first match at or after `position`, wrapping to the first one. */
export function nextMatch(matches: readonly TextMatch[], position: number): TextMatch | null {
  return matches.find((match) => match.from >= position) ?? matches[0] ?? null;
}

/** Vietnamese words (syllables) and characters of a text, as the status line counts them. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
