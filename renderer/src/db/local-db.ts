import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { EntityName, EntityOf } from '../../../shared/domain/registry.ts';
import type { HlcState } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { applyMigrations } from './migrations.ts';

/** A change waiting to be pushed to the district server. */
export interface OutboxEntry extends RecordChange {
  seq?: number;
  /** When the user made it (epoch ms). */
  createdAt: number;
}

/** Lịch sử — one field's change on this replica: who, when, old → new. */
export interface HistoryEntry {
  seq?: number;
  entity: EntityName;
  recordId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  hlc: string;
  actorId: string | null;
  at: number;
  origin: 'local' | 'remote' | 'import';
}

export type MetaEntry =
  | { key: 'clock'; value: HlcState }
  | { key: 'profile'; value: { profileId: string; createdAt: number } }
  | { key: 'demo'; value: { seededAt: number } };

export type RecordTables = { [N in EntityName]: Table<StoredRecord<EntityOf<N>>, string> };

export type LocalDb = Dexie &
  RecordTables & {
    outbox: Table<OutboxEntry, number>;
    history: Table<HistoryEntry, number>;
    meta: Table<MetaEntry, string>;
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
