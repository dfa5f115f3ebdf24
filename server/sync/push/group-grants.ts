import { sql } from 'drizzle-orm';
import type { Principal } from '../../../shared/authz/access.ts';
import type { Grant, Role } from '../../../shared/sync/protocol.ts';
import { queryRows, type Tx } from '../../db/database.ts';

/**
 * The grants a push group judges its changes by, for the spaces its changes touch: read once per group
 * (as they stand under the push lock, or ahead of it on top of the previous group's carry), overlaid with
 * the grants the group itself gives — the `manage` grant of the creator of a new programme or meeting, so
 * the creator's later changes to that space in the same group are accepted. A principal's grants on other
 * spaces are the ones it signed in with.
 */
export interface GrantRow {
  user_id: string;
  space_id: string;
  role: Role;
  granted_at: number;
  granted_by: string | null;
}

/** Per user, per space: the role held (null: none). */
export type GrantRoles = ReadonlyMap<string, ReadonlyMap<string, Role | null>>;

export class GroupGrants {
  /** Rows the group writes (grants.ts statement in group-write.ts). */
  readonly written: GrantRow[] = [];
  private readonly roles: Map<string, Map<string, Role | null>>;
  private readonly principals = new Map<string, { from: Principal; principal: Principal }>();

  private constructor(roles: Map<string, Map<string, Role | null>>) {
    this.roles = roles;
  }

  /** One query for the users × spaces the carry does not already know. */
  static async load(
    tx: Tx,
    userIds: readonly string[],
    spaceIds: readonly string[],
    carried: GrantRoles | null,
  ): Promise<GroupGrants> {
    const roles = new Map<string, Map<string, Role | null>>();
    const unknownUsers = new Set<string>();
    const unknownSpaces = new Set<string>();
    for (const userId of new Set(userIds)) {
      const known = new Map<string, Role | null>();
      roles.set(userId, known);
      for (const spaceId of spaceIds) {
        const carriedRole = carried?.get(userId)?.get(spaceId);
        if (carriedRole !== undefined) known.set(spaceId, carriedRole);
        else {
          known.set(spaceId, null);
          unknownUsers.add(userId);
          unknownSpaces.add(spaceId);
        }
      }
    }
    if (unknownUsers.size > 0) {
      const rows = await queryRows(
        tx,
        sql`SELECT user_id, space_id, role FROM grants
            WHERE user_id = ANY(${sql.param([...unknownUsers])}::text[])
              AND space_id = ANY(${sql.param([...unknownSpaces])}::text[])`,
      );
      for (const row of rows) {
        const known = roles.get(String(row.user_id));
        const spaceId = String(row.space_id);
        if (known && carried?.get(String(row.user_id))?.get(spaceId) === undefined)
          known.set(spaceId, row.role as Role);
      }
    }
    return new GroupGrants(roles);
  }

  /** The principal with its grants on the group's spaces as the group knows them. */
  principal(from: Principal): Principal {
    const cached = this.principals.get(from.userId);
    if (cached?.from === from) return cached.principal;
    const known = this.roles.get(from.userId);
    if (known === undefined) return from;
    const grants: Grant[] = from.grants.filter((grant) => !known.has(grant.spaceId));
    for (const [spaceId, role] of known) if (role !== null) grants.push({ spaceId, role });
    const principal = { ...from, grants };
    this.principals.set(from.userId, { from, principal });
    return principal;
  }

  /** Gives `userId` the role on the space: written with the group, seen by its later changes. */
  give(grant: { userId: string; spaceId: string; role: Role; now: number; by: string | null }): void {
    let known = this.roles.get(grant.userId);
    if (known === undefined) {
      known = new Map();
      this.roles.set(grant.userId, known);
    }
    known.set(grant.spaceId, grant.role);
    this.principals.delete(grant.userId);
    this.written.push({
      user_id: grant.userId,
      space_id: grant.spaceId,
      role: grant.role,
      granted_at: grant.now,
      granted_by: grant.by,
    });
  }

  /** What the next group may start from (see Carry in group-state.ts). */
  carried(): GrantRoles {
    return this.roles;
  }
}
