import { formatHlc } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import type { PullResponse, PushResult, ServerChange, SnapshotResponse } from '../../shared/sync/protocol.ts';
import type { StoredRecord } from '../../shared/sync/record.ts';
import type { SyncTransport } from '../src/sync-engine/transport.ts';
import { accessAnswer } from './access-answer.ts';

/**
 * A district server played from a script, for the engine's guards: the pull answers page after page of
 * `pullPages` (page n after cursor 10 + n), the snapshot answers `snapshotPages` in order, the grants can
 * change between rounds, and every push is accepted unless `refuse` says otherwise. What the engine asked for is kept in `calls`.
 */
export interface Script {
  grants: string[];
  isAdmin?: boolean;
  /** The user's unit (its own space is theirs without a grant); none by default. */
  unitId?: string | null;
  pullPages: ServerChange[][];
  snapshotPages: SnapshotResponse['records'][];
  /** Pushed changes the server refuses as forbidden (the rest are accepted). */
  refuse?: (change: RecordChange) => boolean;
}

export const PULL_START = 10;

export function scriptedServer(script: Script) {
  const calls: string[] = [];
  const pushed: string[] = [];
  const transport: SyncTransport = {
    access: async () => {
      const answer = accessAnswer(script.grants);
      const user = { ...answer.user, isAdmin: script.isAdmin ?? false, unitId: script.unitId ?? null };
      return { ...answer, user };
    },
    snapshot: async (after) => {
      calls.push(after === undefined ? 'snapshot' : `snapshot:${after}`);
      const index = after === undefined ? 0 : Number(after);
      const last = index >= script.snapshotPages.length - 1;
      return {
        records: script.snapshotPages[index] ?? [],
        after: last ? null : String(index + 1),
        cursor: PULL_START,
        serverTime: Date.now(),
      };
    },
    push: async (changes) => {
      pushed.push(...changes.map((c) => c.changeId));
      return {
        results: changes.map((c, i): PushResult =>
          script.refuse?.(c)
            ? {
                changeId: c.changeId,
                status: 'rejected',
                code: 'forbidden',
                reason: 'Bạn không có quyền truy cập hội nghị này.',
                held: null,
              }
            : { changeId: c.changeId, status: 'accepted', version: 1_000 + i, conflicts: [] },
        ),
        serverTime: Date.now(),
      };
    },
    pull: async (cursor): Promise<PullResponse> => {
      calls.push(`pull:${cursor}`);
      const index = cursor - PULL_START;
      const changes = script.pullPages[index] ?? [];
      const hasMore = index < script.pullPages.length - 1;
      return {
        changes,
        cursor: index < script.pullPages.length ? cursor + 1 : cursor,
        hasMore,
        serverTime: Date.now(),
      };
    },
    conflicts: async () => ({ conflicts: [] }),
  };
  return { transport, calls, pushed, script };
}

let counter = 0;
/** A stamp later than anything the test wrote locally. */
export function laterStamp(): string {
  counter += 1;
  return formatHlc({ wallMs: Date.now() + 60_000, counter, nodeId: 'bbbbbbbbbbbbbbbb' });
}

/** The server's delete of a record, as a pulled change. */
export function serverDelete(entity: string, recordId: string, spaceId: string): ServerChange {
  return {
    changeId: uuidv7(Date.now()),
    entity,
    recordId,
    spaceId,
    hlc: laterStamp(),
    fields: {},
    deleted: true,
    version: 0,
    userId: null,
  };
}

/** The record as a snapshot sends it once the server deleted it: a tombstone under a later stamp. */
export function snapshotTombstone(
  entity: string,
  record: StoredRecord<{ id: string }>,
): SnapshotResponse['records'][number] {
  return {
    entity,
    record: { ...record, _deleted: 1, _clock: { ...record._clock, _deleted: laterStamp() } },
  };
}

/** Splits a list into pages of `size`. */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}
