import {
  BoldOutlined,
  FileAddOutlined,
  HistoryOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  PrinterOutlined,
  RedoOutlined,
  SearchOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Button, Flex, Select, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/messages.ts';

interface ToolProps {
  label: string;
  keys?: string;
  icon: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

/** One toolbar button: its name (with the shortcut) is both the tooltip and what a screen reader says. */
function Tool({ label, keys, icon, pressed, disabled, onClick }: ToolProps) {
  const m = useMessages().minutes;
  const name = label + (keys ? m.shortcut(keys) : '');
  return (
    <Tooltip title={name}>
      <Button
        type={pressed ? 'primary' : 'text'}
        icon={icon}
        aria-label={name}
        {...(pressed === undefined ? {} : { 'aria-pressed': pressed })}
        disabled={disabled ?? false}
        onClick={onClick}
      />
    </Tooltip>
  );
}

type BlockKind = 'paragraph' | '1' | '2' | '3';

export interface EditorToolbarProps {
  editor: Editor;
  onFind: () => void;
  onPrint: () => void;
  onVersions: () => void;
  /** Absent when there is no meeting data to insert (notes) or the document is read-only. */
  onInsertMeeting?: () => void;
}

/** What the toolbar shows as pressed: the marks and blocks at the cursor. */
function useActive(editor: Editor) {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      ordered: e.isActive('orderedList'),
      bullet: e.isActive('bulletList'),
      table: e.isActive('table'),
      block: ([1, 2, 3].find((level) => e.isActive('heading', { level }))?.toString() ??
        'paragraph') as BlockKind,
    }),
  });
}

/** Paragraph or heading level, as a list (a screen reader hears the current one). */
function BlockSelect({ editor, value }: { editor: Editor; value: BlockKind }) {
  const m = useMessages().minutes;
  const setBlock = (kind: BlockKind) => {
    const chain = editor.chain().focus();
    if (kind === 'paragraph') chain.setParagraph().run();
    else chain.setHeading({ level: Number(kind) as 1 | 2 | 3 }).run();
  };
  return (
    <Select<BlockKind>
      aria-label={m.paragraph}
      value={value}
      style={{ minWidth: '11em' }}
      onChange={setBlock}
      options={[
        { value: 'paragraph', label: m.paragraph },
        ...[1, 2, 3].map((level) => ({ value: String(level) as BlockKind, label: m.heading(level) })),
      ]}
    />
  );
}

/** Bold, italic, underline, the two lists and tables. */
function FormatTools({ editor }: { editor: Editor }) {
  const m = useMessages().minutes;
  const state = useActive(editor);
  const chain = () => editor.chain().focus();
  return (
    <>
      <BlockSelect editor={editor} value={state.block} />
      <Tool
        label={m.bold}
        keys="Ctrl+B"
        icon={<BoldOutlined />}
        pressed={state.bold}
        onClick={() => chain().toggleBold().run()}
      />
      <Tool
        label={m.italic}
        keys="Ctrl+I"
        icon={<ItalicOutlined />}
        pressed={state.italic}
        onClick={() => chain().toggleItalic().run()}
      />
      <Tool
        label={m.underline}
        keys="Ctrl+U"
        icon={<UnderlineOutlined />}
        pressed={state.underline}
        onClick={() => chain().toggleUnderline().run()}
      />
      <Tool
        label={m.orderedList}
        keys="Ctrl+Shift+7"
        icon={<OrderedListOutlined />}
        pressed={state.ordered}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <Tool
        label={m.bulletList}
        keys="Ctrl+Shift+8"
        icon={<UnorderedListOutlined />}
        pressed={state.bullet}
        onClick={() => chain().toggleBulletList().run()}
      />
      <Tool
        label={m.table}
        icon={<TableOutlined />}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
      {state.table && <Button onClick={() => chain().addRowAfter().run()}>{m.addRow}</Button>}
      {state.table && <Button onClick={() => chain().deleteTable().run()}>{m.deleteTable}</Button>}
    </>
  );
}

export function EditorToolbar({ editor, onFind, onPrint, onVersions, onInsertMeeting }: EditorToolbarProps) {
  const m = useMessages().minutes;
  const chain = () => editor.chain().focus();
  return (
    <Flex role="toolbar" aria-label={m.toolbar} wrap gap={4} align="center" className="minutes-toolbar">
      <FormatTools editor={editor} />
      <Tool label={m.undo} keys="Ctrl+Z" icon={<UndoOutlined />} onClick={() => chain().undo().run()} />
      <Tool label={m.redo} keys="Ctrl+Shift+Z" icon={<RedoOutlined />} onClick={() => chain().redo().run()} />
      <Tool label={m.find} keys="Ctrl+F" icon={<SearchOutlined />} onClick={onFind} />
      <Tool label={m.print} keys="Ctrl+P" icon={<PrinterOutlined />} onClick={onPrint} />
      <Button icon={<HistoryOutlined />} onClick={onVersions}>
        {m.versions.open}
      </Button>
      {onInsertMeeting && (
        <Tooltip title={m.insertMeetingHint}>
          <Button icon={<FileAddOutlined />} onClick={onInsertMeeting}>
            {m.insertMeeting}
          </Button>
        </Tooltip>
      )}
    </Flex>
  );
}
