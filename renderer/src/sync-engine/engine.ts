import { ownUnitSpace } from '../../../shared/authz/access.ts';
import { entityNames } from '../../../shared/domain/registry.ts';
import type { LocalDb } from '../db/local-db.ts';
import { refreshAccounts } from './accounts-cache.ts';
import { catchUp } from './catch-up.ts';
import { learnAccess } from './learn-access.ts';
import { pushOutbox } from './push-outbox.ts';
import { updateSyncState } from './sync-state.ts';
import { rebaseFutureStamps } from './rebase-stamps.ts';
import { removeRevokedSpaces } from './revoked-spaces.ts';
import type { SyncTransport } from './transport.ts';
import { applyLearnedEntities } from './unknown-entities.ts';
import { syncStoredDocuments } from '../documents/document-sync.ts';
import { documentRegistryFor } from '../documents/open-document.ts';

export { WrongCopyError } from './learn-access.ts';

export interface SyncProgress {
  phase: 'snapshot' | 'push' | 'pull' | 'conflicts';
  /** Records or changes handled so far in this phase. */
  done: number;
}

export interface SyncReport {
  snapshotRecords: number;
  pushed: number;
  rejected: number;
  pulled: number;
  conflicts: number;
}

export interface SyncEngineOptions {
  db: LocalDb;
  transport: SyncTransport;
  now?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  pullLimit?: number;
  /**
   * Records per snapshot page after the first (the first keeps the server's default, so the first screen
   * comes soon); bigger pages mean fewer transactions for the same records.
   */
  snapshotPageLimit?: number;
  /**
   * The entities this release knows, each with its table (the registry's by default; tests add one to play
   * an upgrade). Changes and records of any other are kept until a release that knows them opens the copy.
   */
  entities?: readonly string[];
}

/**
 * One sync round of the working copy with the district server: who we are (and the clock), then push the
 * outbox, then the snapshot (first time, after a grant, or after "resync required") and pull what changed
 * since the cursor. Each page is applied in its own transaction, so an interrupted round resumes where it
 * stopped.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, transport } = options;
  const now = options.now ?? Date.now;
  const entities = options.entities ?? entityNames;
  const progress = (phase: SyncProgress['phase'], done: number) => options.onProgress?.({ phase, done });

  return {
    /** One full round. `allowMassDeletion` after the user confirmed a large deletion. */
    async syncOnce(round: { allowMassDeletion?: boolean } = {}): Promise<SyncReport> {
      const report: SyncReport = { snapshotRecords: 0, pushed: 0, rejected: 0, pulled: 0, conflicts: 0 };
      // Kept records of entities this release has since learned (an upgrade) join their tables first,
      // offline too: they need no server.
      await applyLearnedEntities(db, entities, now());
      const access = await learnAccess(db, transport, now);
      // Names for the screens (history, sharing); a failure keeps the list saved last.
      await refreshAccounts(db, transport, now);
      // A space the user lost leaves before the push: its unsent edits are shown as refused, not sent.
      await removeRevokedSpaces(db, access, now(), entities);
      await rebaseFutureStamps(db, now());
      // The outbox goes first: offline edits leave the machine whatever state the snapshot or pull is in.
      const pushed = await pushOutbox(db, transport, now);
      report.pushed = pushed.accepted;
      report.rejected = pushed.rejected;
      progress('push', pushed.accepted + pushed.rejected);
      // The documents' unsent rows leave next, then each stored document fetches what it lacks.
      if (transport.documents) {
        const registry = documentRegistryFor(db);
        await syncStoredDocuments({ db, transport: transport.documents, registry, now });
      }
      const allowMassDeletion = round.allowMassDeletion ?? false;
      // The user's own unit's space counts as granted: a new member backfills it by snapshot.
      const own = ownUnitSpace(access.user);
      const granted = access.grants.map((grant) => grant.spaceId);
      const spaces = own === null || granted.includes(own) ? granted : [...granted, own];
      const caught = await catchUp({ ...options, now, entities, progress, allowMassDeletion }, spaces);
      report.snapshotRecords = caught.snapshotRecords;
      report.pulled = caught.pulled;
      const { conflicts } = await transport.conflicts();
      await db.transaction('rw', db.conflicts, () => db.conflicts.bulkPut(conflicts));
      report.conflicts = conflicts.filter((c) => c.resolvedAt === null).length;
      progress('conflicts', report.conflicts);
      await db.transaction('rw', db.meta, () => updateSyncState(db, { lastSyncAt: now() }));
      return report;
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
