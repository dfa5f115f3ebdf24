import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { EntityName, EntityOf } from '../../../shared/domain/registry.ts';
import type { Conflict } from '../../../shared/sync/protocol.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import type { HistoryEntry, MetaEntry, OutboxEntry, RejectedEntry, UnknownEntry } from './local-rows.ts';
import { applyMigrations } from './migrations.ts';
import type { DocCheckpoint, DocSideCopy, DocState, DocUpdateRow } from '../documents/doc-rows.ts';

export type {
  AccessState,
  CopyOwner,
  DeletionTally,
  HistoryActor,
  HistoryEntry,
  MetaEntry,
  OutboxEntry,
  RejectedEntry,
  SyncState,
  UnknownEntry,
} from './local-rows.ts';

export type RecordTables = { [N in EntityName]: Table<StoredRecord<EntityOf<N>>, string> };

export type LocalDb = Dexie &
  RecordTables & {
    outbox: Table<OutboxEntry, number>;
    history: Table<HistoryEntry, number>;
    meta: Table<MetaEntry, string>;
    rejected: Table<RejectedEntry, number>;
    conflicts: Table<Conflict, string>;
    unknownChanges: Table<UnknownEntry, number>;
    docUpdates: Table<DocUpdateRow, number>;
    docState: Table<DocState, string>;
    docSideCopies: Table<DocSideCopy, number>;
    docCheckpoints: Table<DocCheckpoint, string>;
  };

/** Opens (creating or upgrading) the working copy of one profile. */
export function openLocalDb(name: string, options?: DexieOptions): LocalDb {
  const db = new Dexie(name, options) as LocalDb;
  applyMigrations(db);
  return db;
}

/** The table of one entity, typed. */
export function recordTable<N extends EntityName>(
  db: LocalDb,
  entity: N,
): Table<StoredRecord<EntityOf<N>>, string> {
  return db.table(entity);
}
