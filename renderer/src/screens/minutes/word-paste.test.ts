import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { minutesExtensions } from './minutes-extensions.ts';
import { transformWordHtml } from './word-paste.ts';
// Clipboard HTML as desktop Word puts it (the e2e paste test uses the same file).
import fixture from './fixtures/word-list-table.html?raw';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML makes one to hand to the paste handlers.
class TestClipboardEvent extends Event {
  readonly clipboardData = null;
}
globalThis.ClipboardEvent ??= TestClipboardEvent as unknown as typeof ClipboardEvent;

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function pasteInto(html: string): JSONContent[] {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: minutesExtensions(null),
    editorProps: { transformPastedHTML: transformWordHtml },
  });
  editor.view.pasteHTML(html);
  return editor.getJSON().content ?? [];
}

const textOf = (node: JSONContent | undefined): string =>
  node ? (node.text ?? '') + (node.content ?? []).map(textOf).join('') : '';

describe('paste from Word', () => {
  it('keeps the numbered list as a list (with its sub-item), the bullet as a bullet list, and the table', () => {
    const blocks = pasteInto(fixture);
    const types = blocks.map((block) => block.type);
    expect(types).toContain('orderedList');
    expect(types).toContain('bulletList');
    expect(types).toContain('table');
    const ordered = blocks.find((block) => block.type === 'orderedList');
    expect(ordered?.content?.length).toBe(2);
    const [first, second] = ordered?.content ?? [];
    expect(textOf(first)).toContain('Thống nhất dự thảo Báo cáo chính trị');
    // The frozen marker text is gone: numbering is the list's own.
    expect(textOf(first).startsWith('1.')).toBe(false);
    expect(first?.content?.some((child) => child.type === 'orderedList')).toBe(true);
    expect(textOf(second)).toContain('trước ngày 15/12/2021');
    const table = blocks.find((block) => block.type === 'table');
    expect(table?.content?.length).toBe(2);
    expect(textOf(table)).toContain('Văn phòng Quận ủy');
    expect(textOf({ content: blocks })).not.toMatch(/·/);
  });

  it('leaves HTML that is not Word’s as it is', () => {
    const html = '<p>Ý kiến của đồng chí <b>Bí thư</b></p>';
    expect(transformWordHtml(html)).toBe(html);
  });

  it('without the transform the list would be flat paragraphs (what the fixture guards against)', () => {
    editor = new Editor({ element: document.createElement('div'), extensions: minutesExtensions(null) });
    editor.view.pasteHTML(fixture);
    const types = (editor.getJSON().content ?? []).map((block) => block.type);
    expect(types).not.toContain('orderedList');
  });
});
