import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { countWords, findMatches, nextMatch } from './find-text.ts';
import { minutesExtensions } from './minutes-extensions.ts';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function editorWith(html: string): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: minutesExtensions(null),
    content: html,
  });
  return editor;
}

describe('find and replace in the minutes', () => {
  it('finds every place ignoring case, in positions that replace the right text', () => {
    const ed = editorWith(
      '<p>Đồng chí Bí thư phát biểu. Đồng chí Phó Bí thư</p><ol><li><p>đồng chí Chủ tịch</p></li></ol>',
    );
    const matches = findMatches(ed.state.doc, 'đồng chí');
    expect(matches).toHaveLength(3);
    const tr = ed.state.tr;
    for (const match of [...matches].reverse()) tr.insertText('Đ/c', match.from, match.to);
    ed.view.dispatch(tr);
    expect(ed.getText()).toContain('Đ/c Bí thư phát biểu. Đ/c Phó Bí thư');
    expect(ed.getText()).toContain('Đ/c Chủ tịch');
    expect(findMatches(ed.state.doc, 'đồng chí')).toEqual([]);
  });

  it('goes to the next match after the cursor and wraps around', () => {
    const ed = editorWith('<p>kết luận, kết luận, kết luận</p>');
    const matches = findMatches(ed.state.doc, 'Kết luận');
    expect(nextMatch(matches, (matches[0]?.from ?? 0) + 1)).toEqual(matches[1]);
    expect(nextMatch(matches, 10_000)).toEqual(matches[0]);
    expect(nextMatch([], 0)).toBeNull();
  });

  it('counts Vietnamese words by syllable, ignoring punctuation alone', () => {
    expect(countWords('Hội nghị kết thúc vào lúc 11 giờ 30 phút – ngày 15/12.')).toBe(12);
    expect(countWords('   ')).toBe(0);
  });
});
