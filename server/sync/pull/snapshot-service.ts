import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  DEFAULT_PULL_MAX_BYTES,
  type snapshotRequestSchema,
  type SnapshotResponse,
} from '../../../shared/sync/protocol.ts';
import { readableSpaces, type Principal } from '../../../shared/authz/access.ts';
import type { ServerContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import { records } from '../../db/schema.ts';
import { httpErrors } from '../../http/errors.ts';
import { orderedSpaces } from '../log/record-store.ts';
import { decodePosition, encodePosition, isAtOrAfter, type SnapshotPosition } from './snapshot-position.ts';
import { readSyncState } from '../log/log-head.ts';

/**
 * The current records of the spaces a user may read — tombstones included, so a resyncing replica drops
 * what was deleted — a page at a time: the directory first, then programmes and meetings, latest first
 * (spaces.rank), each space in (entity, id) order. Every page carries the cursor the snapshot began at;
 * pull continues from it and brings whatever changed meanwhile. If the order of spaces changes between
 * pages, the position would no longer be meaningful: the answer is 410 and the client starts over.
 */
type SnapshotRequest = z.output<typeof snapshotRequestSchema>;
type Item = { rank: number; spaceId: string; entity: string; id: string; record: Record<string, unknown> };

const REORDERED = 'Thứ tự dữ liệu trên máy chủ vừa thay đổi trong lúc tải. Ứng dụng cần tải lại từ đầu.';

async function recordsOfSpace(
  db: Executor,
  spaceId: string,
  after: { entity: string; id: string } | null,
  limit: number,
) {
  const inSpace = eq(records.spaceId, spaceId);
  return db
    .select({ entity: records.entity, id: records.id, data: records.data })
    .from(records)
    .where(
      after
        ? and(inSpace, sql`(${records.entity}, ${records.id}) > (${after.entity}, ${after.id})`)
        : inSpace,
    )
    .orderBy(asc(records.entity), asc(records.id))
    .limit(limit);
}

function startPosition(after: string | undefined, epoch: number): SnapshotPosition | null {
  if (after === undefined) return null;
  const position = decodePosition(after);
  if (!position) throw httpErrors.invalid('Vị trí tiếp tục tải (after) không hợp lệ.');
  if (position.epoch !== epoch) throw httpErrors.resyncRequired(REORDERED);
  return position;
}

export async function snapshot(
  context: Pick<ServerContext, 'database' | 'settings' | 'now'>,
  principal: Principal,
  request: SnapshotRequest,
): Promise<SnapshotResponse> {
  const db = context.database.orm;
  const state = await readSyncState(db);
  const position = startPosition(request.after, state.spaceOrderEpoch);
  const limit = request.limit ?? context.settings.pageLimit;
  const maxBytes = request.maxBytes ?? DEFAULT_PULL_MAX_BYTES;
  const spaces = (await orderedSpaces(db, readableSpaces(principal))).filter(
    (space) => !position || isAtOrAfter(space, position),
  );
  const items: Item[] = [];
  let bytes = 2;
  let full = false;
  for (const space of spaces) {
    const after = position?.spaceId === space.spaceId ? position : null;
    const rows = await recordsOfSpace(db, space.spaceId, after, limit - items.length + 1);
    for (const row of rows) {
      const size = Buffer.byteLength(JSON.stringify({ entity: row.entity, record: row.data })) + 1;
      full = items.length >= limit || (items.length > 0 && bytes + size > maxBytes);
      if (full) break;
      items.push({
        rank: space.rank,
        spaceId: space.spaceId,
        entity: row.entity,
        id: row.id,
        record: row.data,
      });
      bytes += size;
    }
    if (full || items.length >= limit) {
      full = true;
      break;
    }
  }
  const last = items.at(-1);
  const cursor = position?.cursor ?? state.lastVersion;
  return {
    records: items.map((item) => ({ entity: item.entity, record: item.record })),
    after: full && last ? encodePosition({ ...last, cursor, epoch: state.spaceOrderEpoch }) : null,
    cursor,
    serverTime: context.now(),
  };
}
