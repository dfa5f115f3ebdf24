import type {
  AdminAccount,
  AdminPerson,
  AdminUnit,
  AuditEntry,
  CapabilityHeld,
  CapabilityParams,
  CreateAccountRequest,
  CreatePersonRequest,
  CreateUnitRequest,
  PeopleQuery,
} from '../../shared/sync/admin-api.ts';
import { idSchema } from '../../shared/ids/index.ts';
import type { Role } from '../../shared/sync/protocol.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import type { Argon2Params } from '../auth/password.ts';
import { findUserByUsername } from '../auth/user-store.ts';
import { accountSessions, adminAccount, adminAccounts } from './admin-accounts.ts';
import { listAdminAudit, type AdminActor } from './admin-audit.ts';
import { giveCapability, listCapabilities, takeCapability } from './capability-admin.ts';
import { createPerson, createUnit, type DirectoryContext, type DirectoryWriter } from './directory-admin.ts';
import { peopleList, unitTree } from './directory-read.ts';
import {
  AdminError,
  createUser,
  grantRole,
  resetPassword,
  revokeRole,
  setDisabled,
  signOutEverywhere,
} from './user-admin.ts';

/**
 * Every administration the admin API and the admin CLI offer, as one set of operations. On the server
 * (`serverAdminOps`) they run on the database, audited as `actor`; the CLI signed in to a running server
 * runs the same set through the API (admin-remote.ts), so a command means the same either way.
 */
export interface AdminOps {
  units(): Promise<AdminUnit[]>;
  createUnit(input: CreateUnitRequest): Promise<AdminUnit>;
  people(query?: PeopleQuery): Promise<AdminPerson[]>;
  createPerson(input: CreatePersonRequest): Promise<AdminPerson>;
  accounts(q?: string): Promise<AdminAccount[]>;
  createAccount(input: CreateAccountRequest): Promise<AdminAccount>;
  resetPassword(username: string, password: string): Promise<AdminAccount>;
  setDisabled(username: string, disabled: boolean): Promise<AdminAccount>;
  signOut(username: string): Promise<AdminAccount>;
  sessions(username: string): Promise<Array<{ clientId: string; createdAt: number; expiresAt: number }>>;
  capabilities(): Promise<CapabilityHeld[]>;
  grantCapability(params: CapabilityParams): Promise<CapabilityHeld[]>;
  revokeCapability(params: CapabilityParams): Promise<CapabilityHeld[]>;
  setGrant(username: string, spaceId: string, role: Role): Promise<AdminAccount>;
  removeGrant(username: string, spaceId: string): Promise<AdminAccount>;
  audit(limit?: number): Promise<AuditEntry[]>;
}

export interface AdminOpsOptions {
  actor: AdminActor;
  /** The pusher of directory writes: the signed-in administrator, or the CLI's `--by` account. */
  writer: () => Promise<DirectoryWriter>;
  /** Password hashing cost: the server's settings (cheap in tests); the default otherwise. */
  argon2?: Argon2Params;
}

/** Every capability held, named: an account by its username, a unit by its name. */
async function capabilitiesHeld(database: DirectoryContext['database']): Promise<CapabilityHeld[]> {
  const names = new Map((await unitTree(database)).map((unit) => [unit.id, unit.name]));
  return (await listCapabilities(database)).map((row) => ({
    holderKind: row.holderKind,
    holderId: row.holderId,
    holderName: (row.holderKind === 'user' ? row.username : names.get(row.holderId)) ?? row.holderId,
    capability: row.capability,
    grantedAt: row.grantedAt,
    grantedBy: row.grantedBy,
  }));
}

/** The holder the API names, checked: an account that exists, or a unit id of the right form. */
async function holderOf(context: DirectoryContext, params: CapabilityParams) {
  if (params.holderKind === 'unit') {
    if (!idSchema.safeParse(params.holderId).success) throw new AdminError(serverMessage('admin.badUnitId'));
    return { holderKind: 'unit' as const, holderId: params.holderId };
  }
  const users = await adminAccounts(context.database.orm, context.now());
  if (!users.some((user) => user.id === params.holderId))
    throw new AdminError(serverMessage('admin.noUser', { username: params.holderId }));
  return { holderKind: 'user' as const, holderId: params.holderId };
}

export function serverAdminOps(context: DirectoryContext, options: AdminOpsOptions): AdminOps {
  const { database } = context;
  const { actor } = options;
  const account = async (username: string) => {
    const found = await adminAccount(database.orm, context.now(), username);
    if (!found) throw new AdminError(serverMessage('admin.noUser', { username }));
    return found;
  };
  const held = () => capabilitiesHeld(database);
  const holder = (params: CapabilityParams) => holderOf(context, params);
  return {
    units: () => unitTree(database),
    createUnit: async (input) => createUnit(context, await options.writer(), input),
    people: (query) => peopleList(database, query),
    createPerson: async (input) => {
      const { id } = await createPerson(context, await options.writer(), input);
      const person = (await peopleList(database, { unitId: input.unitId })).find((p) => p.id === id);
      if (!person) throw new AdminError(serverMessage('admin.noUnit', { id: input.unitId }));
      return person;
    },
    accounts: (q) => adminAccounts(database.orm, context.now(), q),
    createAccount: async (input) => {
      const user = await createUser(database, {
        username: input.username,
        password: input.password,
        displayName: input.displayName,
        unitId: input.unitId ?? null,
        personId: input.personId ?? null,
        isAdmin: input.isAdmin ?? false,
        argon2: options.argon2,
        actor,
      });
      return account(user.username);
    },
    resetPassword: async (username, password) => {
      await resetPassword(database, { username, password, actor, argon2: options.argon2 });
      return account(username);
    },
    setDisabled: async (username, disabled) => {
      await setDisabled(database, { username, disabled, actor });
      return account(username);
    },
    signOut: async (username) => {
      await signOutEverywhere(database, { username, actor });
      return account(username);
    },
    sessions: async (username) => {
      const user = await findUserByUsername(database.orm, username);
      if (!user) throw new AdminError(serverMessage('admin.noUser', { username }));
      return accountSessions(database.orm, context.now(), user.id);
    },
    capabilities: held,
    grantCapability: async (params) => {
      await giveCapability(database, await holder(params), params.capability, actor);
      return held();
    },
    revokeCapability: async (params) => {
      await takeCapability(database, await holder(params), params.capability, actor);
      return held();
    },
    setGrant: async (username, spaceId, role) => {
      await grantRole(database, { username, spaceId, role, actor });
      return account(username);
    },
    removeGrant: async (username, spaceId) => {
      await revokeRole(database, { username, spaceId, actor });
      return account(username);
    },
    audit: (limit) => listAdminAudit(database.orm, limit),
  };
}
