import type { BackupDocuments } from '../../../shared/backup/backup-file.ts';
import { base64ToBytes, bytesToBase64 } from '../../../shared/documents/base64.ts';
import type { LocalDb } from '../db/local-db.ts';
import { noteDropped } from './doc-log.ts';

/** The documents' part of a backup: every row in log order (unsent ones too), epochs, side copies. */
export async function exportDocuments(db: LocalDb): Promise<BackupDocuments> {
  const rows = await db.docUpdates.orderBy('seq').toArray();
  const states = await db.docState.toArray();
  const copies = await db.docSideCopies.orderBy('id').toArray();
  return {
    rows: rows.map((row) => ({ docId: row.docId, unsent: row.unsent, update: bytesToBase64(row.update) })),
    epochs: states.map((state) => ({ docId: state.docId, epoch: state.epoch })),
    sideCopies: copies.map(({ id: _id, update, ...copy }) => ({
      ...copy,
      update: update ? bytesToBase64(update) : null,
    })),
  };
}

/**
 * Replaces the documents with the backup's (inside the restore's transaction). Like the records, the sync
 * position starts over (server seq 0): the next sync sends the unsent rows and fetches what the server has
 * since; the epoch is kept, so a server that rebuilt a document meanwhile sets the old copy aside.
 * Checkpoints go (backups carry none): the restored rows get new seqs, and a document still open in this
 * window must not write its old state over them (`noteDropped`). Each document opens from all its rows
 * once and writes a new checkpoint then.
 */
export async function restoreDocuments(db: LocalDb, documents: BackupDocuments | undefined): Promise<void> {
  noteDropped(db, null);
  await db.docCheckpoints.clear();
  await db.docUpdates.clear();
  await db.docState.clear();
  await db.docSideCopies.clear();
  if (!documents) return;
  await db.docUpdates.bulkAdd(
    documents.rows.map((row) => ({
      docId: row.docId,
      unsent: row.unsent,
      update: base64ToBytes(row.update),
    })),
  );
  await db.docState.bulkAdd(
    documents.epochs.map(({ docId, epoch }) => ({
      docId,
      epoch,
      serverSeq: 0,
      lastSyncAt: null,
      lastError: null,
    })),
  );
  await db.docSideCopies.bulkAdd(
    documents.sideCopies.map((copy) => ({
      ...copy,
      update: copy.update ? base64ToBytes(copy.update) : null,
    })),
  );
}

export const documentTables = (db: LocalDb) => [
  db.docUpdates,
  db.docState,
  db.docSideCopies,
  db.docCheckpoints,
];
