import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { MINUTES_META, MINUTES_SCHEMA_VERSION } from '../../../../shared/documents/minutes-skeleton.ts';
import { useDocument } from '../../documents/use-document.ts';
import { useDocumentSync } from '../../documents/use-document-sync.ts';
import type { OpenDocument } from '../../documents/open-document.ts';
import { documentRegistryFor } from '../../documents/open-document.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { DocumentStatusLine } from './DocumentStatusLine.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { FindReplaceBar } from './FindReplaceBar.tsx';
import { countWords } from './find-text.ts';
import { MAX_PASTE_CHARACTERS, minutesExtensions } from './minutes-extensions.ts';
import { SideCopies } from './SideCopies.tsx';
import { VersionsDrawer } from './VersionsDrawer.tsx';
import { transformWordHtml } from './word-paste.ts';
import type { JSONContent } from '@tiptap/core';

export interface DocumentEditorProps {
  docId: string;
  /** What the document is ("Biên bản"), for the editor's accessible name and print title. */
  label: string;
  readOnly: boolean;
  /** Why it is read-only, when not the plain "you may only read" (the minutes were approved). */
  readOnlyReason?: string;
  /** The meeting's data as minutes text; absent for notes. */
  meetingContent?: () => JSONContent[];
}

/** A document written by a newer build: this one must not edit it, or its editor would drop what it does not know. */
const newerSchema = (doc: Y.Doc) =>
  Number(doc.getMap(MINUTES_META).get('schemaVersion') ?? 0) > MINUTES_SCHEMA_VERSION;

function useMinutesEditor(open: OpenDocument, props: DocumentEditorProps, onPasteTooLarge: () => void) {
  const m = useMessages().minutes;
  const { db } = useDb();
  const [contentError, setContentError] = useState(false);
  const locked = props.readOnly || contentError || newerSchema(open.doc);
  const editor = useEditor(
    {
      extensions: minutesExtensions(open.doc),
      editable: !locked,
      injectCSS: false,
      enableContentCheck: true,
      onContentError: ({ disableCollaboration }) => {
        // Stop the binding before it "fixes" content it does not know by deleting it for everyone.
        disableCollaboration();
        setContentError(true);
        void documentRegistryFor(db).evict(open.docId);
      },
      editorProps: {
        attributes: {
          'aria-label': m.editorLabel(props.label),
          class: 'minutes-editor',
          spellcheck: 'false',
        },
        transformPastedHTML: transformWordHtml,
        handlePaste: (_view, event) => {
          const size = (event.clipboardData?.getData('text/plain') ?? '').length;
          if (size <= MAX_PASTE_CHARACTERS) return false;
          onPasteTooLarge();
          return true;
        },
      },
    },
    [open],
  );
  useEffect(() => editor.setEditable(!locked), [editor, locked]);
  return { editor, locked, contentError };
}

/**
 * Words and characters, counted again only when the text changed: the editor's state is immutable, so a
 * caret move keeps the same document node and costs nothing (a 50-page text is 150,000 characters).
 */
function Counts({ editor, docId }: { editor: Editor; docId: string }) {
  const doc = useEditorState({ editor, selector: ({ editor: e }) => e.state.doc, equalityFn: Object.is });
  const counts = useMemo(() => {
    const text = doc.textBetween(0, doc.content.size, '\n');
    return { words: countWords(text), characters: text.replace(/\n/g, '').length };
  }, [doc]);
  return <DocumentStatusLine docId={docId} words={counts.words} characters={counts.characters} />;
}

function OpenEditor({ open, props }: { open: OpenDocument; props: DocumentEditorProps }) {
  const m = useMessages().minutes;
  const [finding, setFinding] = useState(false);
  const [versions, setVersions] = useState(false);
  const [pasteTooLarge, setPasteTooLarge] = useState(false);
  const { editor, locked, contentError } = useMinutesEditor(open, props, () => setPasteTooLarge(true));
  useDocumentSync(open);
  const insertMeeting =
    props.meetingContent && !locked
      ? () =>
          editor
            .chain()
            .focus()
            .insertContent(props.meetingContent?.() ?? [])
            .run()
      : undefined;
  return (
    <div
      className="minutes-document"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
          event.preventDefault();
          setFinding(true);
        }
      }}
    >
      {props.readOnly && (
        <Alert
          type="info"
          showIcon
          message={props.readOnlyReason ?? m.readOnly}
          style={{ marginBottom: 8 }}
        />
      )}
      {newerSchema(open.doc) && (
        <Alert type="warning" showIcon message={m.newerSchema} style={{ marginBottom: 8 }} />
      )}
      {contentError && <Alert type="error" showIcon message={m.contentError} style={{ marginBottom: 8 }} />}
      {open.damagedRows > 0 && (
        <Alert type="warning" showIcon message={m.damaged(open.damagedRows)} style={{ marginBottom: 8 }} />
      )}
      {pasteTooLarge && (
        <Alert
          type="error"
          showIcon
          closable
          message={m.pasteTooLarge}
          onClose={() => setPasteTooLarge(false)}
          style={{ marginBottom: 8 }}
        />
      )}
      <SideCopies docId={open.docId} />
      {!locked && (
        <EditorToolbar
          editor={editor}
          onFind={() => setFinding(true)}
          onPrint={() => window.print()}
          onVersions={() => setVersions(true)}
          {...(insertMeeting ? { onInsertMeeting: insertMeeting } : {})}
        />
      )}
      {locked && (
        <Button icon={<HistoryOutlined />} onClick={() => setVersions(true)} style={{ marginBottom: 8 }}>
          {m.versions.open}
        </Button>
      )}
      {finding && <FindReplaceBar editor={editor} readOnly={locked} onClose={() => setFinding(false)} />}
      <div className="minutes-page">
        <EditorContent editor={editor} />
      </div>
      <Counts editor={editor} docId={open.docId} />
      <VersionsDrawer doc={open.doc} readOnly={locked} open={versions} onClose={() => setVersions(false)} />
    </div>
  );
}

/** One document (minutes or notes) in its editor: opens from this machine first, syncs when it can. */
export function DocumentEditor(props: DocumentEditorProps) {
  const m = useMessages().minutes;
  const open = useDocument(props.docId);
  if (!open) return <Skeleton active title={false} paragraph={{ rows: 6 }} aria-label={m.loading} />;
  return <OpenEditor key={open.docId} open={open} props={props} />;
}
