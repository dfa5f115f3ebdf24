import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from '../../../shared/backup/backup-file.ts';
import { entityNames, type EntityOf } from '../../../shared/domain/registry.ts';
import { formatHlc, isTooFarAhead } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { loadSyncState, updateSyncState } from '../sync-engine/sync-state.ts';
import { receiveStamps } from './clock.ts';
import { readOwner } from './copies.ts';
import { sameAccount } from './copy-name.ts';
import { recordTable, type CopyOwner, type LocalDb } from './local-db.ts';
import { LATEST_SCHEMA_VERSION } from './migrations.ts';
import { restamper } from './restamp.ts';
import { documentTables, exportDocuments, restoreDocuments } from '../documents/doc-backup.ts';

/** Everything in the working copy — records with their clocks, the outbox, the history, whose it is. */
export async function exportBackup(db: LocalDb, profileId: string, now: number): Promise<BackupFile> {
  return db.transaction(
    'r',
    [...entityNames.map((name) => db.table(name)), db.outbox, db.history, db.meta, ...documentTables(db)],
    async () => {
      const records: BackupFile['records'] = {};
      for (const entity of entityNames) {
        records[entity] = (await db.table(entity).toArray()) as Array<Record<string, unknown>>;
      }
      const outbox = (await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...change }) => change);
      // The backup format keeps `actorId` (an account) only: a "Tôi là" person actor is not kept in it yet.
      const history = (await db.history.orderBy('seq').toArray()).map(
        ({ seq: _seq, actor: _actor, ...entry }) => entry,
      );
      const owner = await readOwner(db);
      return {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: now,
        dbSchemaVersion: LATEST_SCHEMA_VERSION,
        profileId,
        ...(owner ? { owner } : {}),
        records,
        outbox,
        history,
        documents: await exportDocuments(db),
      };
    },
  );
}

/** The backup holds another account's working copy: restoring it here would push their edits as ours. */
export class ForeignBackupError extends Error {
  readonly backupOwner: CopyOwner;
  readonly copyOwner: CopyOwner;
  constructor(backupOwner: CopyOwner, copyOwner: CopyOwner) {
    super(`Backup of ${backupOwner.username}@${backupOwner.serverUrl}, copy of ${copyOwner.username}`);
    this.name = 'ForeignBackupError';
    this.backupOwner = backupOwner;
    this.copyOwner = copyOwner;
  }
}

function stampsOf(backup: BackupFile): string[] {
  const stamps: string[] = [];
  for (const entity of entityNames) {
    for (const row of backup.records[entity] ?? []) {
      stamps.push(...Object.values((row as unknown as StoredRecord<object>)._clock));
    }
  }
  for (const change of backup.outbox) {
    stamps.push(change.hlc);
    for (const base of Object.values(change.base ?? {})) if (base) stamps.push(base);
  }
  for (const entry of backup.history) stamps.push(entry.hlc);
  return stamps;
}

function restampBase(base: RecordChange['base'], restamp: (stamp: string) => string): RecordChange['base'] {
  if (!base) return base;
  return Object.fromEntries(Object.entries(base).map(([field, stamp]) => [field, stamp && restamp(stamp)]));
}

/**
 * Replaces the working copy with a backup (already validated by main) in one transaction: on any failure,
 * or a backup of another account's copy ({@link ForeignBackupError}), the old data stays as it was.
 *
 * A backup is a past state: the sync position is reset (cursor 0, snapshot to do) so the next round
 * fetches again everything the server has, including the changes pulled after the backup was taken. Its
 * stamps pass the drift rule like any arriving stamp — one from a machine whose clock ran days ahead would
 * otherwise pin its fields against every later honest edit — and the clock follows what was kept.
 */
export async function restoreBackup(db: LocalDb, backup: BackupFile, now: number): Promise<number> {
  const tables = [
    ...entityNames.map((name) => db.table(name)),
    db.outbox,
    db.history,
    db.meta,
    ...documentTables(db),
  ];
  return db.transaction('rw', tables, async () => {
    const copyOwner = await readOwner(db);
    if (backup.owner && copyOwner && !sameAccount(backup.owner, copyOwner)) {
      throw new ForeignBackupError(backup.owner, copyOwner);
    }
    const sync = await loadSyncState(db);
    const correctedNow = now + sync.clockOffsetMs;
    const restamp = restamper(stampsOf(backup), correctedNow);

    let count = 0;
    let latest = '';
    const keep = (stamp: string) => {
      const kept = restamp(stamp);
      if (kept > latest) latest = kept;
      return kept;
    };
    for (const entity of entityNames) {
      const rows = ((backup.records[entity] ?? []) as unknown as StoredRecord<EntityOf<typeof entity>>[]).map(
        (row) => ({
          ...row,
          _clock: Object.fromEntries(
            Object.entries(row._clock).map(([field, stamp]) => [field, keep(stamp)]),
          ),
        }),
      );
      await recordTable(db, entity).clear();
      await recordTable(db, entity).bulkAdd(rows);
      count += rows.length;
    }
    // Added in file order, which is the old seq order: the outbox is pushed in the order it was made.
    await db.outbox.clear();
    await db.outbox.bulkAdd(
      backup.outbox.map((change) => ({
        ...change,
        hlc: keep(change.hlc),
        ...(change.base ? { base: restampBase(change.base, restamp) } : {}),
      })),
    );
    await db.history.clear();
    await db.history.bulkAdd(backup.history.map((entry) => ({ ...entry, hlc: keep(entry.hlc) })));
    await restoreDocuments(db, backup.documents);

    // An unowned copy takes the backup's owner: its outbox is theirs and must be pushed as them only.
    if (backup.owner && !copyOwner) await db.meta.put({ key: 'owner', value: backup.owner });
    await updateSyncState(db, {
      cursor: 0,
      snapshotAfter: null,
      snapshotDone: false,
      snapshotFresh: false,
      spaces: [],
    });
    // A clock already past the rule (an older restore took any stamp) comes back to corrected time; the
    // records it stamped were all replaced just above.
    const clock = await db.meta.get('clock');
    if (clock?.key === 'clock' && isTooFarAhead(formatHlc(clock.value), correctedNow)) {
      await db.meta.put({
        key: 'clock',
        value: { wallMs: Math.floor(correctedNow), counter: 0, nodeId: clock.value.nodeId },
      });
    }
    if (latest) await receiveStamps(db, [latest], now);
    return count;
  });
}
