import { and, asc, gt, lte, sql } from 'drizzle-orm';
import {
  DEFAULT_PULL_MAX_BYTES,
  type PullRequest,
  type PullResponse,
  type ServerChange,
} from '../../../shared/sync/protocol.ts';
import { readableSpaces, type Principal } from '../../../shared/authz/access.ts';
import type { ServerContext } from '../../context.ts';
import { changes } from '../../db/schema.ts';
import { httpErrors } from '../../http/errors.ts';
import { takeWithinBudget } from './page-budget.ts';
import { readSyncState } from '../log/log-head.ts';

const TOO_OLD =
  'Dữ liệu trên máy của bạn đã quá cũ so với nhật ký thay đổi còn lưu trên máy chủ. ' +
  'Ứng dụng cần tải lại toàn bộ dữ liệu (các thay đổi chưa gửi vẫn được giữ).';
const AHEAD =
  'Máy chủ không có các thay đổi mà máy của bạn đã nhận (máy chủ vừa được khôi phục?). ' +
  'Ứng dụng cần tải lại toàn bộ dữ liệu (các thay đổi chưa gửi vẫn được giữ).';

type ChangeRow = typeof changes.$inferSelect;

function toServerChange(row: ChangeRow): ServerChange {
  return {
    changeId: row.changeId,
    entity: row.entity,
    recordId: row.recordId,
    spaceId: row.spaceId,
    hlc: row.hlc,
    fields: row.fields,
    ...(row.deleted ? { deleted: true } : {}),
    version: row.version,
    userId: row.userId,
  };
}

/**
 * Changes after the client's cursor, in version order, of the spaces the user may read. `last_version`
 * is read first: every version up to it has committed (pushes commit in version order), so the page is
 * complete up to there, and when nothing more is readable the cursor jumps to it — past the versions of
 * spaces the user does not see.
 */
export async function pull(
  context: ServerContext,
  principal: Principal,
  request: PullRequest,
): Promise<PullResponse> {
  const db = context.database.orm;
  const state = await readSyncState(db);
  if (request.cursor < state.minCursor) throw httpErrors.resyncRequired(TOO_OLD);
  if (request.cursor > state.lastVersion) throw httpErrors.resyncRequired(AHEAD);
  const limit = request.limit ?? context.settings.pageLimit;
  const readable = readableSpaces(principal);
  const conditions = [gt(changes.version, request.cursor), lte(changes.version, state.lastVersion)];
  if (!readable.all) conditions.push(sql`${changes.spaceId} = ANY(${sql.param(readable.spaceIds)}::text[])`);
  const rows = await db
    .select()
    .from(changes)
    .where(and(...conditions))
    .orderBy(asc(changes.version))
    .limit(limit + 1);
  const page = takeWithinBudget(rows.map(toServerChange), limit, request.maxBytes ?? DEFAULT_PULL_MAX_BYTES);
  const last = page.at(-1);
  const hasMore = page.length < rows.length;
  return {
    changes: page,
    cursor: hasMore && last ? last.version : state.lastVersion,
    hasMore,
    serverTime: context.now(),
  };
}
