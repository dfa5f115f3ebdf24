import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { grantRefusal, type GrantRefusal } from '../../shared/authz/access.ts';
import { isSpaceId } from '../../shared/domain/space.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import type { ServerKey } from '../../shared/i18n/server-vi.ts';
import type { Role } from '../../shared/sync/protocol.ts';
import { SPACES_API_PATHS, setGrantRequestSchema } from '../../shared/sync/spaces-api.ts';
import { authOf } from '../auth/authenticate.ts';
import { recordAdminAction, type AuditLine } from '../admin/admin-audit.ts';
import { deleteGrant, findUserById, upsertGrant, type UserRow } from '../auth/user-store.ts';
import type { ServerContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { httpErrors } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { publishGrantsChanged } from '../live/notice.ts';
import { listAccounts, listSpaceGrants, storedRole } from './grant-store.ts';

/**
 * The spaces API (shared/sync/spaces-api.ts): a space's managers (and administrators) list and change who
 * reads and writes it; every signed-in user lists the accounts. A grant change closes the affected user's
 * live sockets when it commits (as the admin CLI's does): their app reconnects, reads its grants again and
 * backfills a space it gained, or drops one it lost. The rules are shared/authz/access.ts (`grantRefusal`).
 */
const spaceParamsSchema = z.object({ spaceId: z.string().max(100) }).strict();
const grantParamsSchema = z.object({ spaceId: z.string().max(100), userId: z.string().max(100) }).strict();

const REFUSALS: Readonly<Record<GrantRefusal, ServerKey>> = {
  not_manager: 'spaces.notManager',
  only_admin_manage: 'spaces.onlyAdminManage',
  other_manager: 'spaces.otherManager',
};

function spaceOf(spaceId: string): string {
  if (!isSpaceId(spaceId)) throw httpErrors.invalid(serverMessage('spaces.badSpace'));
  return spaceId;
}

export function registerSpaceRoutes(app: FastifyInstance, context: ServerContext): void {
  const { database } = context;
  /** A grant change is recorded in the admin audit, whoever makes it (a manager or an administrator). */
  const audit = (tx: Tx, user: UserRow, line: AuditLine) =>
    recordAdminAction(tx, { userId: user.id, name: user.displayName }, line, context.now());
  const answer = async (spaceId: string) => ({
    spaceId,
    grants: await listSpaceGrants(database.orm, spaceId),
  });

  /** Checks the change against the rules; the target's current role. */
  async function allowed(
    request: Parameters<typeof authOf>[0],
    params: unknown,
    role: Role | null,
  ): Promise<{ spaceId: string; userId: string; username: string; current: Role | null }> {
    const parsed = parseInput(grantParamsSchema, params);
    const spaceId = spaceOf(parsed.spaceId);
    const { principal } = authOf(request);
    const early = grantRefusal(principal, spaceId, { target: parsed.userId, current: null, role });
    if (early === 'not_manager') throw httpErrors.forbidden(serverMessage(REFUSALS[early]));
    const target = await findUserById(database.orm, parsed.userId);
    if (!target) throw httpErrors.notFound(serverMessage('spaces.noUser'));
    const current = await storedRole(database.orm, target.id, spaceId);
    const refusal = grantRefusal(principal, spaceId, { target: target.id, current, role });
    if (refusal) throw httpErrors.forbidden(serverMessage(REFUSALS[refusal]));
    return { spaceId, userId: target.id, username: target.username, current };
  }

  app.get(SPACES_API_PATHS.grants, async (request) => {
    const spaceId = spaceOf(parseInput(spaceParamsSchema, request.params).spaceId);
    const refusal = grantRefusal(authOf(request).principal, spaceId, {
      target: '',
      current: null,
      role: null,
    });
    if (refusal === 'not_manager') throw httpErrors.forbidden(serverMessage(REFUSALS[refusal]));
    return answer(spaceId);
  });

  app.put(SPACES_API_PATHS.grant, async (request) => {
    const { role } = parseInput(setGrantRequestSchema, request.body);
    const { spaceId, userId, username } = await allowed(request, request.params, role);
    const { user } = authOf(request);
    await database.transaction(async (tx) => {
      await upsertGrant(tx, userId, spaceId, role, context.now(), user.id);
      await audit(tx, user, { action: 'grant.set', target: username, details: { spaceId, role } });
      await publishGrantsChanged(tx, database.noticeChannel, userId);
    });
    return answer(spaceId);
  });

  app.delete(SPACES_API_PATHS.grant, async (request) => {
    const { spaceId, userId, username, current } = await allowed(request, request.params, null);
    if (current === null) throw httpErrors.notFound(serverMessage('spaces.noGrant'));
    const { user } = authOf(request);
    await database.transaction(async (tx) => {
      await deleteGrant(tx, userId, spaceId);
      await audit(tx, user, { action: 'grant.remove', target: username, details: { spaceId } });
      await publishGrantsChanged(tx, database.noticeChannel, userId);
    });
    return answer(spaceId);
  });

  app.get(SPACES_API_PATHS.accounts, async () => ({ accounts: await listAccounts(database.orm) }));
}
