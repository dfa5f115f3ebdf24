import { capabilities } from '../../shared/authz/capabilities.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import type { CapabilityParams } from '../../shared/sync/admin-api.ts';
import { roles, type Role } from '../../shared/sync/protocol.ts';
import type { AdminOps } from './admin-ops.ts';
import { need, needOrAsk, type Ask, type Values } from './admin-options.ts';
import { unitLines } from './directory-read.ts';
import { AdminError } from './user-admin.ts';

/**
 * The day-to-day admin commands, each over the operations (admin-ops.ts): the same command does the same
 * on the database directly and through a running server's API. Each returns what is printed as JSON.
 */
export type OpsCommand = (ops: AdminOps, values: Values, ask: Ask) => Promise<unknown>;

function roleOf(value: string): Role {
  const role = roles.find((candidate) => candidate === value);
  if (!role) throw new AdminError(serverMessage('admin.badRole'));
  return role;
}

/** `--username U` or `--unit <unitId>` (one of them) and `--capability C`, as the API's holder. */
async function capabilityParams(ops: AdminOps, values: Values): Promise<CapabilityParams> {
  const capability = capabilities.find((candidate) => candidate === need(values, 'capability'));
  if (!capability)
    throw new AdminError(serverMessage('admin.badCapability', { capabilities: capabilities.join(', ') }));
  if ((values.username === undefined) === (values.unit === undefined))
    throw new AdminError(serverMessage('admin.capabilityHolder'));
  if (values.unit !== undefined) return { holderKind: 'unit', holderId: values.unit, capability };
  const username = need(values, 'username');
  const account = (await ops.accounts(username)).find((candidate) => candidate.username === username);
  if (!account) throw new AdminError(serverMessage('admin.noUser', { username }));
  return { holderKind: 'user', holderId: account.id, capability };
}

function limitOf(values: Values): number | undefined {
  if (values.limit === undefined) return undefined;
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new AdminError(serverMessage('admin.badLimit'));
  return limit;
}

const newPassword = (values: Values, ask: Ask) =>
  needOrAsk(
    values,
    'password',
    ask,
    serverMessage('admin.askNewPassword', { username: need(values, 'username') }),
  );

const createAccount =
  (isAdmin: boolean): OpsCommand =>
  async (ops, v, ask) =>
    ops.createAccount({
      username: need(v, 'username'),
      password: await newPassword(v, ask),
      displayName: isAdmin ? (v.name ?? serverMessage('admin.defaultAdminName')) : need(v, 'name'),
      unitId: v.unit ?? null,
      personId: v.person ?? null,
      isAdmin,
    });

export const OPS_COMMANDS: Readonly<Record<string, OpsCommand>> = {
  'create-admin': createAccount(true),
  'create-user': createAccount(false),
  grant: (ops, v) => ops.setGrant(need(v, 'username'), need(v, 'space'), roleOf(need(v, 'role'))),
  revoke: (ops, v) => ops.removeGrant(need(v, 'username'), need(v, 'space')),
  'reset-password': async (ops, v, ask) => ops.resetPassword(need(v, 'username'), await newPassword(v, ask)),
  'disable-user': (ops, v) => ops.setDisabled(need(v, 'username'), true),
  'enable-user': (ops, v) => ops.setDisabled(need(v, 'username'), false),
  'sign-out': (ops, v) => ops.signOut(need(v, 'username')),
  sessions: (ops, v) => ops.sessions(need(v, 'username')),
  'list-users': (ops, v) => ops.accounts(v.search),
  'create-unit': (ops, v) =>
    ops.createUnit({
      name: need(v, 'name'),
      shortName: v.short ?? null,
      ...(v.kind !== undefined ? { kind: v.kind } : {}),
      parentId: v.parent ?? null,
    }),
  'list-units': async (ops) => unitLines(await ops.units()),
  'create-person': (ops, v) =>
    ops.createPerson({ name: need(v, 'name'), position: need(v, 'position'), unitId: need(v, 'unit') }),
  'list-people': (ops, v) =>
    ops.people({
      ...(v.unit !== undefined ? { unitId: v.unit } : {}),
      ...(v.search !== undefined ? { q: v.search } : {}),
    }),
  'capability grant': async (ops, v) => ops.grantCapability(await capabilityParams(ops, v)),
  'capability revoke': async (ops, v) => ops.revokeCapability(await capabilityParams(ops, v)),
  'capability list': (ops) => ops.capabilities(),
  audit: (ops, v) => ops.audit(limitOf(v)),
};
