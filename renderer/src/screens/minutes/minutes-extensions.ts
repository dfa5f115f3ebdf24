import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { MINUTES_FRAGMENT } from '../../../../shared/documents/minutes-skeleton.ts';

/**
 * The editor's schema and behaviour for minutes and notes. The node names must stay those the skeleton
 * (shared/documents/minutes-skeleton.ts) writes. Off on purpose (../shared research, "Duplicate content"):
 * - StarterKit's undo/redo: Collaboration brings Yjs' own undo, which undoes only this person's edits;
 * - TrailingNode: its appendTransaction also fires on remote transactions, so every machine would add
 *   its own empty paragraph, piling up across reloads;
 * - links: minutes carry no links, and a pasted one would be a way out of the app.
 * Tables are not resizable: a resize writes column widths on every drag, noise in everyone's log.
 */
export function minutesExtensions(doc: Y.Doc | null): AnyExtension[] {
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      link: false,
      heading: { levels: [1, 2, 3] },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
  if (doc) extensions.push(Collaboration.configure({ document: doc, field: MINUTES_FRAGMENT }));
  return extensions;
}

/** The longest paste taken at once (characters of text); more is refused with a message, not cut. */
export const MAX_PASTE_CHARACTERS = 500_000;
