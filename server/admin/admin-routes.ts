import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ADMIN_API_PATHS,
  accountsQuerySchema,
  auditQuerySchema,
  capabilityParamsSchema,
  createAccountRequestSchema,
  createPersonRequestSchema,
  createUnitRequestSchema,
  peopleQuerySchema,
  resetPasswordRequestSchema,
  setDisabledRequestSchema,
} from '../../shared/sync/admin-api.ts';
import { usernameSchema } from '../../shared/sync/protocol.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import { authOf } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { httpErrors } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { serverAdminOps, type AdminOps } from './admin-ops.ts';
import { AdminError } from './user-admin.ts';

/**
 * The administration API (shared/sync/admin-api.ts): an administrator's own session does the work, so
 * the directory records are their pushes and the audit names them. Anyone else gets 403 before any input
 * is read. A refusal of the admin operations (a taken username, a unit that is not there) is a 400 with
 * its Vietnamese message, as the CLI prints it.
 */
const accountParams = z.object({ username: usernameSchema }).strict();

function opsOf(context: ServerContext, request: FastifyRequest): AdminOps {
  const { user, principal } = authOf(request);
  if (!user.isAdmin) throw httpErrors.forbidden(serverMessage('admin.apiNeedsAdmin'));
  const actor = { userId: user.id, name: user.displayName };
  const pusher = { principal, userId: user.id, userName: user.displayName };
  return serverAdminOps(context, {
    actor,
    writer: async () => ({ pusher, actor }),
    argon2: context.settings.argon2,
  });
}

async function refusalsAsHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AdminError) throw httpErrors.invalid(error.message);
    throw error;
  }
}

export function registerAdminRoutes(app: FastifyInstance, context: ServerContext): void {
  /** A route whose handler gets the operations of the signed-in administrator. */
  const route = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    handler: (ops: AdminOps, request: FastifyRequest) => Promise<unknown>,
  ) => {
    app.route({
      method,
      url,
      handler: async (request) => {
        const ops = opsOf(context, request);
        return refusalsAsHttp(() => handler(ops, request));
      },
    });
  };
  const username = (request: FastifyRequest) => parseInput(accountParams, request.params).username;

  route('GET', ADMIN_API_PATHS.units, async (ops) => ({ units: await ops.units() }));
  route('POST', ADMIN_API_PATHS.units, async (ops, request) => ({
    unit: await ops.createUnit(parseInput(createUnitRequestSchema, request.body)),
  }));
  route('GET', ADMIN_API_PATHS.people, async (ops, request) => ({
    people: await ops.people(parseInput(peopleQuerySchema, request.query)),
  }));
  route('POST', ADMIN_API_PATHS.people, async (ops, request) => ({
    person: await ops.createPerson(parseInput(createPersonRequestSchema, request.body)),
  }));
  route('GET', ADMIN_API_PATHS.accounts, async (ops, request) => ({
    accounts: await ops.accounts(parseInput(accountsQuerySchema, request.query).q),
  }));
  route('POST', ADMIN_API_PATHS.accounts, async (ops, request) => ({
    account: await ops.createAccount(parseInput(createAccountRequestSchema, request.body)),
  }));
  route('POST', ADMIN_API_PATHS.password, async (ops, request) => {
    const { password } = parseInput(resetPasswordRequestSchema, request.body);
    return { account: await ops.resetPassword(username(request), password) };
  });
  route('POST', ADMIN_API_PATHS.disabled, async (ops, request) => {
    const { disabled } = parseInput(setDisabledRequestSchema, request.body);
    return { account: await ops.setDisabled(username(request), disabled) };
  });
  route('GET', ADMIN_API_PATHS.sessions, async (ops, request) => ({
    sessions: await ops.sessions(username(request)),
  }));
  route('DELETE', ADMIN_API_PATHS.sessions, async (ops, request) => ({
    account: await ops.signOut(username(request)),
  }));
  route('GET', ADMIN_API_PATHS.capabilities, async (ops) => ({ capabilities: await ops.capabilities() }));
  route('PUT', ADMIN_API_PATHS.capability, async (ops, request) => ({
    capabilities: await ops.grantCapability(parseInput(capabilityParamsSchema, request.params)),
  }));
  route('DELETE', ADMIN_API_PATHS.capability, async (ops, request) => ({
    capabilities: await ops.revokeCapability(parseInput(capabilityParamsSchema, request.params)),
  }));
  route('GET', ADMIN_API_PATHS.audit, async (ops, request) => ({
    entries: await ops.audit(parseInput(auditQuerySchema, request.query).limit),
  }));
}
