import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from '../../../shared/backup/backup-file.ts';
import { entityNames, type EntityOf } from '../../../shared/domain/registry.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { receiveStamps } from './clock.ts';
import { recordTable, type LocalDb } from './local-db.ts';
import { LATEST_SCHEMA_VERSION } from './migrations.ts';

/** Everything in the working copy — records with their clocks, the outbox, the history — as one file. */
export async function exportBackup(db: LocalDb, profileId: string, now: number): Promise<BackupFile> {
  return db.transaction(
    'r',
    [...entityNames.map((name) => db.table(name)), db.outbox, db.history],
    async () => {
      const records: BackupFile['records'] = {};
      for (const entity of entityNames) {
        records[entity] = (await db.table(entity).toArray()) as Array<Record<string, unknown>>;
      }
      const outbox = (await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...change }) => change);
      const history = (await db.history.orderBy('seq').toArray()).map(({ seq: _seq, ...entry }) => entry);
      return {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: now,
        dbSchemaVersion: LATEST_SCHEMA_VERSION,
        profileId,
        records,
        outbox,
        history,
      };
    },
  );
}

/**
 * Replaces the working copy with a backup (already validated by main) in one transaction: on any failure
 * the old data stays as it was. The clock moves past every stamp in the backup, so later edits win.
 */
export async function restoreBackup(db: LocalDb, backup: BackupFile, now: number): Promise<number> {
  const tables = [...entityNames.map((name) => db.table(name)), db.outbox, db.history, db.meta];
  return db.transaction('rw', tables, async () => {
    let count = 0;
    const stamps: string[] = [];
    for (const entity of entityNames) {
      const rows = (backup.records[entity] ?? []) as unknown as StoredRecord<EntityOf<typeof entity>>[];
      await recordTable(db, entity).clear();
      await recordTable(db, entity).bulkAdd(rows);
      for (const row of rows) stamps.push(...Object.values(row._clock));
      count += rows.length;
    }
    await db.outbox.clear();
    await db.outbox.bulkAdd(backup.outbox);
    await db.history.clear();
    await db.history.bulkAdd(backup.history);
    const latest = stamps.reduce((max, stamp) => (stamp > max ? stamp : max), '');
    if (latest) await receiveStamps(db, [latest], now, { trusted: true });
    return count;
  });
}
