/**
 * The local rows of the Yjs documents (minutes, notes): see shared/documents/README.md for why the app
 * keeps its own update log instead of y-dexie, and shared/documents/update-log.ts for the rules.
 */

/** One stored V2 update of one document. */
export interface DocUpdateRow {
  /** IndexedDB's key generator: only ever grows, never reused, so a late acknowledgement cannot hit a newer row. */
  seq?: number;
  docId: string;
  update: Uint8Array;
  /** 1: typed on this machine and not yet acknowledged by the server; 0: acknowledged or received. */
  unsent: 0 | 1;
}

/** What this copy knows of the server's copy of a document. */
export interface DocState {
  docId: string;
  /** The server's incarnation of the document; null before the first contact. */
  epoch: number | null;
  /** The last server row this copy holds. */
  serverSeq: number;
  lastSyncAt: number | null;
  /** The last failure to sync it, in the user's words; null when the last attempt worked. */
  lastError: string | null;
}

/**
 * The document as it stood after every row up to `upToSeq` of its log (a V2 update of the whole state),
 * so opening reads one update and the rows after it instead of the whole log. Only a shortcut: the rows
 * stay (unsent ones are never merged away), and a missing or unreadable checkpoint means reading them all.
 */
export interface DocCheckpoint {
  docId: string;
  upToSeq: number;
  update: Uint8Array;
}

export type SideCopyReason = 'refused' | 'epoch' | 'corrupt';

/**
 * Words this copy could not get into the shared document — refused after sign-off, dropped with a copy of
 * an older incarnation, or in a damaged row — kept as text for the office to read ("bản sửa không được
 * nhận"), never silently lost.
 */
export interface DocSideCopy {
  id?: number;
  docId: string;
  reason: SideCopyReason;
  text: string;
  /** The refused update itself, when there is one, so nothing is lost even if the text is incomplete. */
  update: Uint8Array | null;
  at: number;
  message: string;
}
