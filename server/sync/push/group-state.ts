import { DIRECTORY_SPACE, parseSpaceId } from '../../../shared/domain/space.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { MergeResult } from '../../../shared/sync/merge.ts';
import type { Conflict, PushResult } from '../../../shared/sync/protocol.ts';
import type { Tx } from '../../db/database.ts';
import type { Writer } from '../log/change-log.ts';
import { loadReceipts, loadRecords, loadSpaceRanks, recordKey, type Receipt } from './group-store.ts';
import type { ChangeRow, ConflictRow, GroupWrites, RecordRow, SpaceRow } from './group-write.ts';
import { GroupGrants, type GrantRoles } from './group-grants.ts';
import { parentKeys } from '../checks/parent-check.ts';
import {
  DIRECTORY_RANK,
  UNIT_RANK,
  loadRecord,
  rankFromRecord,
  UNDATED_RANK,
  type StoredData,
  type StoredRow,
} from '../log/record-store.ts';

/**
 * What a push group knows while it applies its changes in order: the rows it read at the start (records,
 * receipts, space ranks) overlaid with what its earlier changes did, the versions handed out, and the rows
 * to write at the end. Nothing is written until the whole group has been applied.
 */
export interface PendingConflicts {
  change: RecordChange;
  author: { userId: string; userName: string; clientId: string };
  stored: StoredData | undefined;
  merge: MergeResult<Record<string, unknown>>;
  /** Writers of replaced stamps already known (written earlier in the group). */
  local: Map<string, Writer>;
  /** Replaced stamps whose writers are in the change log. */
  fromLog: string[];
  version: number;
  now: number;
  /** Filled once the writers are known: the accepted answer's conflicts. */
  conflicts: Conflict[];
}

/**
 * What a group hands the next one (push pipelining, see push-queue.ts): the rows it read or wrote as they
 * stand after it, the changes it accepted, the version it ended at and the token of its commit. Valid
 * for the next group only if that very commit is what the next group finds under the lock (`version` and
 * `token`): the version alone would also match when this group failed after handing its carry on and
 * another instance committed as many versions meanwhile.
 */
export interface Carry {
  version: number;
  /** The commit token this group writes (log/log-head.ts), or the one it found when it writes nothing. */
  token: string;
  records: ReadonlyMap<string, StoredRow | null>;
  ranks: ReadonlyMap<string, number>;
  /** Its accepted change ids, with version and user, as receipts (not committed yet). */
  accepted: ReadonlyMap<string, Receipt & { userId: string }>;
  /** Who wrote the stamps of its accepted changes (its change rows are not committed yet). */
  writers: ReadonlyMap<string, Writer>;
  /** The grants it judged by, with those it gave (a new space's creator: not committed yet). */
  grants: GrantRoles;
}

export class GroupState {
  version: number;
  orderBumps = 0;
  lastReordered = false;
  readonly notices: string[] = [];
  readonly pending: PendingConflicts[] = [];
  readonly writers = new Map<string, Writer>();
  /**
   * Accepted changes: version, user, conflicts, and the stamp the drift rule gave it, if it re-stamped it.
   */
  readonly accepted = new Map<
    string,
    { version: number; userId: string; conflicts: Conflict[]; hlc?: string }
  >();
  /**
   * Answers to retried changes: from the change log, or from an earlier change of this group; with the
   * stamp the retry came with (an answer names the stored stamp only where it differs).
   */
  readonly replayed = new Map<PushResult, { source: 'log' | 'group'; sentHlc: string }>();
  readonly replayedFromLog = new Set<string>();
  readonly changes: ChangeRow[] = [];
  readonly conflicts: ConflictRow[] = [];
  private readonly records: Map<string, StoredRow | null>;
  private readonly receipts: Map<string, Receipt>;
  private readonly ranks: Map<string, number>;
  private readonly dirty = new Map<string, RecordRow>();
  private readonly newSpaces = new Map<string, SpaceRow>();
  private readonly rankedSpaces = new Map<string, number>();
  private readonly carried: Carry | null;
  /** The grants on the group's spaces, and those it gives (group-grants.ts). */
  readonly grants: GroupGrants;

  private constructor(
    lastVersion: number,
    loaded: {
      records: Map<string, StoredRow | null>;
      receipts: Map<string, Receipt>;
      ranks: Map<string, number>;
      grants: GroupGrants;
    },
    carried: Carry | null,
  ) {
    this.carried = carried;
    this.version = lastVersion;
    this.records = loaded.records;
    this.receipts = loaded.receipts;
    this.ranks = loaded.ranks;
    this.grants = loaded.grants;
  }

  /**
   * Reads, for all the group's changes at once, their receipts, records (and the parents they link to,
   * parent-check.ts: a reported task for the lead-unit rule too), spaces —
   * taking what the previous group left (`carry`) over the database, whose rows it had not committed yet.
   * Records and spaces are read only for the `clean` changes, those the pure checks passed: the others
   * may hold text PostgreSQL refuses (change ids are checked by the request schema). Of the `keyed` ones,
   * refused by the pure checks but with a known entity (record ids are checked by the request schema),
   * only the record itself is read, by entity and id: their refusal answers what it holds.
   */
  static async load(
    tx: Tx,
    reading: {
      all: readonly RecordChange[];
      clean: readonly RecordChange[];
      keyed?: readonly RecordChange[];
      /** The pushing users, whose grants on the changes' spaces are read with the rest. */
      users?: readonly string[];
    },
    lastVersion: number,
    carry: Carry | null = null,
  ) {
    const changes = reading.clean;
    const keys = new Map<string, { entity: string; id: string }>();
    for (const change of [...changes, ...(reading.keyed ?? [])])
      keys.set(recordKey(change.entity, change.recordId), { entity: change.entity, id: change.recordId });
    for (const change of changes)
      for (const parent of parentKeys(change)) keys.set(recordKey(parent.entity, parent.id), parent);
    const carried = <T>(from: ReadonlyMap<string, T> | undefined, key: string) =>
      from?.has(key) === true ? { value: from.get(key) as T } : null;
    const changeIds = [...new Set(reading.all.map((c) => c.changeId))];
    const receipts = await loadReceipts(
      tx,
      changeIds.filter((id) => !carried(carry?.accepted, id)),
    );
    for (const id of changeIds) {
      const receipt = carry?.accepted.get(id);
      if (receipt !== undefined) receipts.set(id, receipt);
    }
    const unknownKeys = [...keys.entries()].filter(([key]) => !carried(carry?.records, key));
    const records = await loadRecords(
      tx,
      unknownKeys.map(([, k]) => k),
    );
    for (const key of keys.keys()) {
      const row = carried(carry?.records, key);
      if (row) records.set(key, row.value);
    }
    const spaceIds = [...new Set(changes.map((c) => c.spaceId))];
    const ranks = await loadSpaceRanks(
      tx,
      spaceIds.filter((id) => !carried(carry?.ranks, id)),
    );
    for (const id of spaceIds) {
      const rank = carry?.ranks.get(id);
      if (rank !== undefined) ranks.set(id, rank);
    }
    const grants = await GroupGrants.load(tx, reading.users ?? [], spaceIds, carry?.grants ?? null);
    return new GroupState(lastVersion, { records, receipts, ranks, grants }, carry);
  }

  /** What the next group may start from (see {@link Carry}), once it commits under `token`. */
  carry(token: string): Carry {
    const accepted = new Map(
      [...this.accepted].map(([id, { version, userId }]) => [id, { version, userId }] as const),
    );
    const { version, records, ranks, writers } = this;
    return { version, token, records, ranks, accepted, writers, grants: this.grants.carried() };
  }

  /** Whether the server holds the space (a row, in the carry, or made earlier in the group). */
  hasSpace(spaceId: string): boolean {
    return this.ranks.has(spaceId);
  }

  nextVersion(): number {
    this.version += 1;
    return this.version;
  }

  /**
   * The answer to `userId`'s change already accepted (before or earlier in this group); 'taken' when the
   * id is another user's accepted change (or a receipt too old to name its user: answered to no one);
   * null when the id is new. A receipt never answers for someone else's change: that user would be told
   * "accepted" for an edit the server never applied.
   */
  replay(change: RecordChange, userId: string): PushResult | 'taken' | null {
    const { changeId } = change;
    const logged = this.receipts.get(changeId);
    const first = logged ?? this.accepted.get(changeId);
    if (first === undefined) return null;
    if (first.userId !== userId) return 'taken';
    const result: PushResult = { changeId, status: 'accepted', version: first.version, conflicts: [] };
    this.replayed.set(result, { source: logged === undefined ? 'group' : 'log', sentHlc: change.hlc });
    if (logged !== undefined) this.replayedFromLog.add(changeId);
    return result;
  }

  /** A record as the group's earlier changes left it (read from the database the first time). */
  async record(tx: Tx, entity: string, id: string): Promise<StoredRow | null> {
    const key = recordKey(entity, id);
    const known = this.records.get(key);
    if (known !== undefined) return known;
    const carried = this.carried?.records.get(key);
    const row = carried !== undefined ? carried : await loadRecord(tx, entity, id);
    this.records.set(key, row);
    return row;
  }

  /**
   * A record as the group's earlier changes left it, if the group has read it (never queries): undefined
   * when it has not.
   */
  known(entity: string, id: string): StoredRow | null | undefined {
    const key = recordKey(entity, id);
    const known = this.records.get(key);
    return known !== undefined ? known : this.carried?.records.get(key);
  }

  saveRecord(change: RecordChange, data: StoredData, version: number, now: number): void {
    const key = recordKey(change.entity, change.recordId);
    this.records.set(key, { spaceId: change.spaceId, data });
    this.dirty.set(key, {
      entity: change.entity,
      id: change.recordId,
      space_id: change.spaceId,
      data,
      deleted: data._deleted === 1,
      version,
      updated_at: now,
    });
  }

  /**
   * Makes sure the space has its row and the rank its head record (a programme or meeting, see
   * `rankFromRecord`) gives it: a new space starts at that rank (the directory first, undated ones last);
   * a known one moves when its head's date changes. True when the order of an already known space
   * (including one this group created) changed: snapshot pages in progress must restart.
   */
  touchSpace(change: RecordChange, record: Readonly<Record<string, unknown>>, now: number): boolean {
    const { spaceId } = change;
    const rank = rankFromRecord(change.entity, record);
    const current = this.ranks.get(spaceId);
    if (current === undefined) {
      const kind = parseSpaceId(spaceId)?.kind ?? 'directory';
      const initial =
        spaceId === DIRECTORY_SPACE ? DIRECTORY_RANK : kind === 'unit' ? UNIT_RANK : (rank ?? UNDATED_RANK);
      this.ranks.set(spaceId, initial);
      this.newSpaces.set(spaceId, { space_id: spaceId, kind, rank: initial, created_at: now });
      return false;
    }
    if (rank === null || rank === current) return false;
    this.ranks.set(spaceId, rank);
    const fresh = this.newSpaces.get(spaceId);
    if (fresh) fresh.rank = rank;
    else this.rankedSpaces.set(spaceId, rank);
    return true;
  }

  writes(): Omit<GroupWrites, 'channel' | 'commitToken'> {
    return {
      records: [...this.dirty.values()],
      changes: this.changes,
      conflicts: this.conflicts,
      newSpaces: [...this.newSpaces.values()],
      grants: this.grants.written,
      rankedSpaces: [...this.rankedSpaces.entries()].map(([space_id, rank]) => ({ space_id, rank })),
      lastVersion: this.version,
      orderBumps: this.orderBumps,
      notices: this.notices,
    };
  }
}
