import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isEntityName } from '../../shared/domain/registry.ts';
import { idSchema } from '../../shared/ids/index.ts';
import { API_PATHS } from '../../shared/sync/protocol.ts';
import { authOf } from '../auth/authenticate.ts';
import { canRead, canWrite, readableSpaces } from '../../shared/authz/access.ts';
import type { ServerContext } from '../context.ts';
import { httpErrors } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { findConflict, listConflicts, resolveConflict } from './conflicts/conflict-store.ts';
import { recordHistory } from './log/history.ts';
import { loadRecord } from './log/record-store.ts';

/** The conflict inbox and record history. */
const conflictsQuerySchema = z.object({ since: z.coerce.number().int().nonnegative().optional() }).strict();
const conflictParamsSchema = z.object({ id: idSchema }).strict();
const historyParamsSchema = z.object({ entity: z.string().max(40), id: idSchema }).strict();

export function registerRecordRoutes(app: FastifyInstance, context: ServerContext): void {
  const db = context.database.orm;

  app.get(API_PATHS.conflicts, async (request) => {
    const query = parseInput(conflictsQuerySchema, request.query);
    const readable = readableSpaces(authOf(request).principal);
    return { conflicts: await listConflicts(db, { readable, since: query.since ?? null }) };
  });

  app.post(`${API_PATHS.conflicts}/:id/resolve`, async (request) => {
    const { id } = parseInput(conflictParamsSchema, request.params);
    const { principal, user } = authOf(request);
    const conflict = await findConflict(db, id);
    if (!conflict || !canRead(principal, conflict.spaceId))
      throw httpErrors.notFound('Không tìm thấy xung đột này.');
    const involved = conflict.kept.userId === user.id || conflict.overwritten.userId === user.id;
    if (!involved && !canWrite(principal, conflict.spaceId)) {
      throw httpErrors.forbidden(
        'Chỉ người liên quan hoặc người có quyền sửa mới đánh dấu được xung đột này.',
      );
    }
    return { conflict: await resolveConflict(db, { id, userId: user.id, now: context.now() }) };
  });

  app.get(API_PATHS.history, async (request) => {
    const { entity, id } = parseInput(historyParamsSchema, request.params);
    const notFound = httpErrors.notFound('Không tìm thấy bản ghi này trên máy chủ.');
    if (!isEntityName(entity)) throw notFound;
    const record = await loadRecord(db, entity, id);
    if (!record) throw notFound;
    if (!canRead(authOf(request).principal, record.spaceId)) {
      throw httpErrors.forbidden('Bạn không có quyền xem lịch sử của bản ghi này.');
    }
    return { entries: await recordHistory(db, entity, id) };
  });
}
