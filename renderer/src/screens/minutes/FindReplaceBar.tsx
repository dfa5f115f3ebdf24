import type { Editor } from '@tiptap/core';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { findMatches, nextMatch } from './find-text.ts';

/** Find and replace in the open document; a replacement is an ordinary edit (synced, undoable). */
export function FindReplaceBar({
  editor,
  readOnly,
  onClose,
}: {
  editor: Editor;
  readOnly: boolean;
  onClose: () => void;
}) {
  const m = useMessages().minutes;
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [status, setStatus] = useState('');

  const findNext = () => {
    const matches = findMatches(editor.state.doc, query);
    const match = nextMatch(matches, editor.state.selection.to);
    setStatus(m.found(matches.length));
    if (match) editor.chain().focus().setTextSelection(match).scrollIntoView().run();
  };
  const replaceOne = () => {
    const { from, to } = editor.state.selection;
    const selected = editor.state.doc.textBetween(from, to);
    if (query && selected.toLocaleLowerCase('vi') === query.toLocaleLowerCase('vi')) {
      editor.chain().focus().insertContentAt({ from, to }, replacement).run();
    }
    findNext();
  };
  const replaceAll = () => {
    const matches = findMatches(editor.state.doc, query);
    if (matches.length === 0) return setStatus(m.found(0));
    const tr = editor.state.tr;
    for (const match of [...matches].reverse()) tr.insertText(replacement, match.from, match.to);
    editor.view.dispatch(tr);
    setStatus(m.replaced(matches.length));
  };

  return (
    <Flex wrap gap={8} align="center" role="search" aria-label={m.find} className="minutes-find">
      <Input
        autoFocus
        aria-label={m.findLabel}
        placeholder={m.findLabel}
        value={query}
        style={{ width: '14em' }}
        onChange={(event) => setQuery(event.target.value)}
        onPressEnter={findNext}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      />
      <Button onClick={findNext}>{m.findNext}</Button>
      {!readOnly && (
        <>
          <Input
            aria-label={m.replaceLabel}
            placeholder={m.replaceLabel}
            value={replacement}
            style={{ width: '14em' }}
            onChange={(event) => setReplacement(event.target.value)}
          />
          <Button onClick={replaceOne}>{m.replaceOne}</Button>
          <Button onClick={replaceAll}>{m.replaceAll}</Button>
        </>
      )}
      <Button type="text" onClick={onClose}>
        {m.closeFind}
      </Button>
      <Typography.Text role="status">{status}</Typography.Text>
    </Flex>
  );
}
