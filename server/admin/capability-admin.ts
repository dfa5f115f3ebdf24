import { and, asc, eq } from 'drizzle-orm';
import { capabilities as allCapabilities, type Capability } from '../../shared/authz/capabilities.ts';
import { idSchema } from '../../shared/ids/index.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import { findUserByUsername } from '../auth/user-store.ts';
import type { Database, Tx } from '../db/database.ts';
import { capabilities, users } from '../db/schema.ts';
import { publishGrantsChanged } from '../live/notice.ts';
import { operatorActor, recordAdminAction, type AdminActor } from './admin-audit.ts';
import { AdminError } from './user-admin.ts';

/**
 * `admin capability grant|revoke --username U|--unit <unitId> --capability C` and `admin capability list`:
 * the capabilities (shared/authz/capabilities.ts) an account, or every account of a unit, holds. The
 * accounts concerned get a grants notice, so their app asks the server again (GET /me) at once.
 */
export interface CapabilityHolder {
  holderKind: 'user' | 'unit';
  holderId: string;
}

async function holderOf(
  database: Database,
  input: { username?: string | undefined; unit?: string | undefined },
): Promise<CapabilityHolder> {
  if ((input.username === undefined) === (input.unit === undefined))
    throw new AdminError(serverMessage('admin.capabilityHolder'));
  if (input.unit !== undefined) {
    if (!idSchema.safeParse(input.unit).success) throw new AdminError(serverMessage('admin.badUnitId'));
    return { holderKind: 'unit', holderId: input.unit };
  }
  const username = input.username ?? '';
  const user = await findUserByUsername(database.orm, username);
  if (!user) throw new AdminError(serverMessage('admin.noUser', { username }));
  return { holderKind: 'user', holderId: user.id };
}

function capabilityOf(value: string): Capability {
  const found = allCapabilities.find((capability) => capability === value);
  if (!found)
    throw new AdminError(serverMessage('admin.badCapability', { capabilities: allCapabilities.join(', ') }));
  return found;
}

/** Every account that holds what the holder holds: the account itself, or the unit's accounts. */
async function tellHolders(tx: Tx, channel: string, holder: CapabilityHolder): Promise<void> {
  const ids =
    holder.holderKind === 'user'
      ? [holder.holderId]
      : (await tx.select({ id: users.id }).from(users).where(eq(users.unitId, holder.holderId))).map(
          (row) => row.id,
        );
  for (const id of ids) await publishGrantsChanged(tx, channel, id);
}

export async function grantCapability(
  database: Database,
  input: { username?: string; unit?: string; capability: string; actor?: AdminActor; now?: number },
) {
  const capability = capabilityOf(input.capability);
  const holder = await holderOf(database, input);
  await giveCapability(database, holder, capability, input.actor ?? operatorActor(), input.now);
  return { ...holder, capability };
}

/** Gives the holder the capability (once: giving it again changes nothing) and tells its accounts. */
export async function giveCapability(
  database: Database,
  holder: CapabilityHolder,
  capability: Capability,
  actor: AdminActor,
  now = Date.now(),
) {
  await database.transaction(async (tx) => {
    const added = await tx
      .insert(capabilities)
      .values({ ...holder, capability, grantedAt: now, grantedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ capability: capabilities.capability });
    if (added.length === 0) return;
    const target = `${holder.holderKind}:${holder.holderId}`;
    await recordAdminAction(tx, actor, { action: 'capability.grant', target, details: { capability } }, now);
    await tellHolders(tx, database.noticeChannel, holder);
  });
}

export async function revokeCapability(
  database: Database,
  input: { username?: string; unit?: string; capability: string; actor?: AdminActor },
) {
  const capability = capabilityOf(input.capability);
  const holder = await holderOf(database, input);
  await takeCapability(database, holder, capability, input.actor ?? operatorActor());
}

/** Takes the capability from the holder; refused when it does not hold it. */
export async function takeCapability(
  database: Database,
  holder: CapabilityHolder,
  capability: Capability,
  actor: AdminActor,
  now = Date.now(),
) {
  await database.transaction(async (tx) => {
    const removed = await tx
      .delete(capabilities)
      .where(
        and(
          eq(capabilities.holderKind, holder.holderKind),
          eq(capabilities.holderId, holder.holderId),
          eq(capabilities.capability, capability),
        ),
      )
      .returning({ capability: capabilities.capability });
    if (removed.length === 0) throw new AdminError(serverMessage('admin.noCapability', { capability }));
    const target = `${holder.holderKind}:${holder.holderId}`;
    await recordAdminAction(tx, actor, { action: 'capability.revoke', target, details: { capability } }, now);
    await tellHolders(tx, database.noticeChannel, holder);
  });
}

/** Every capability held, with the holder's name where it is an account. */
export async function listCapabilities(database: Database) {
  const rows = await database.orm
    .select({
      holderKind: capabilities.holderKind,
      holderId: capabilities.holderId,
      username: users.username,
      capability: capabilities.capability,
      grantedAt: capabilities.grantedAt,
      grantedBy: capabilities.grantedBy,
    })
    .from(capabilities)
    .leftJoin(users, and(eq(capabilities.holderKind, 'user'), eq(users.id, capabilities.holderId)))
    .orderBy(asc(capabilities.holderKind), asc(capabilities.holderId), asc(capabilities.capability));
  return rows;
}
