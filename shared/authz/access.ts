import { DIRECTORY_SPACE, parseSpaceId } from '../domain/space.ts';
import type { Grant, Role } from '../sync/protocol.ts';
import { CREATING_CAPABILITY, type Capability } from './capabilities.ts';

/**
 * Who is asking, as authorisation sees it. Rules (pure, no I/O; docs/roles.md says them in the users' words):
 * - an admin may read and write every space, holds every capability and grants anything;
 * - every signed-in user reads the directory; writing it takes `keep_directory`, or `manage` on it;
 * - a unit's own space (`unit:<unitId>`): the unit's members write it; others need a grant;
 * - any other space: `read` reads, `write` and `manage` also write; `manage` also grants read and write;
 * - creating a programme or a meeting (a new space) takes its capability (CREATING_CAPABILITY); the
 *   creator then holds `manage` on it (authorize-change.ts, the server writes the grant).
 */
export interface Principal {
  userId: string;
  isAdmin: boolean;
  /** The unit the user works for: its tasks' status and progress are theirs to report, its space theirs. */
  unitId: string | null;
  grants: readonly Grant[];
  /** The capabilities held, the account's own and its unit's (shared/authz/capabilities.ts). */
  capabilities: readonly Capability[];
}

const ROLE_RANK: Readonly<Record<Role, number>> = { read: 1, write: 2, manage: 3 };

export function atLeast(role: Role | null, needed: Role): boolean {
  return role !== null && ROLE_RANK[role] >= ROLE_RANK[needed];
}

/** The higher of two roles (null: none). */
export function higherRole(a: Role | null, b: Role | null): Role | null {
  if (a === null) return b;
  if (b === null) return a;
  return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}

/** The space of the user's own unit, or null when they have none. */
export function ownUnitSpace(principal: Pick<Principal, 'unitId'>): string | null {
  return principal.unitId === null ? null : `unit:${principal.unitId}`;
}

/** Whether the user is a member of the unit whose own space this is. */
export function isUnitMember(principal: Pick<Principal, 'unitId'>, spaceId: string): boolean {
  const parsed = parseSpaceId(spaceId);
  return parsed?.kind === 'unit' && principal.unitId !== null && parsed.unitId === principal.unitId;
}

/** The user's effective role in a space, or null when they may not even read it. */
export function roleIn(principal: Principal, spaceId: string): Role | null {
  if (principal.isAdmin) return 'manage';
  const granted = principal.grants.find((grant) => grant.spaceId === spaceId)?.role ?? null;
  if (spaceId === DIRECTORY_SPACE) return granted ?? 'read';
  if (isUnitMember(principal, spaceId)) return higherRole(granted, 'write');
  return granted;
}

export function hasCapability(
  principal: Pick<Principal, 'isAdmin' | 'capabilities'>,
  capability: Capability,
) {
  return principal.isAdmin || principal.capabilities.includes(capability);
}

/** May the user open a new programme or meeting (a space of its own, which they then manage)? */
export function canCreateSpace(
  principal: Pick<Principal, 'isAdmin' | 'capabilities'>,
  kind: keyof typeof CREATING_CAPABILITY,
): boolean {
  return hasCapability(principal, CREATING_CAPABILITY[kind]);
}

export function canRead(principal: Principal, spaceId: string): boolean {
  return roleIn(principal, spaceId) !== null;
}

/** Whether the user may create, change and delete any record of the space. */
export function canWrite(principal: Principal, spaceId: string): boolean {
  if (spaceId === DIRECTORY_SPACE)
    return hasCapability(principal, 'keep_directory') || atLeast(roleIn(principal, spaceId), 'manage');
  return atLeast(roleIn(principal, spaceId), 'write');
}

/** May the user see and change who reads and writes the space (its managers, and administrators)? */
export function canManage(principal: Principal, spaceId: string): boolean {
  return atLeast(roleIn(principal, spaceId), 'manage');
}

/** Why a grant change is refused (null: allowed). */
export type GrantRefusal = 'not_manager' | 'only_admin_manage' | 'other_manager';

/**
 * May the user set `target`'s role in the space to `role` (null: take it away), when `target` holds
 * `current` there now? An administrator may do anything. A manager gives and takes `read` and `write`; only
 * an administrator gives `manage`, and a manager never changes or removes another manager's `manage` (their
 * own they may give up).
 */
export function grantRefusal(
  principal: Principal,
  spaceId: string,
  change: { target: string; current: Role | null; role: Role | null },
): GrantRefusal | null {
  if (principal.isAdmin) return null;
  if (!canManage(principal, spaceId)) return 'not_manager';
  if (change.role === 'manage') return 'only_admin_manage';
  if (change.current === 'manage' && change.target !== principal.userId) return 'other_manager';
  return null;
}

export type ReadableSpaces = { all: true } | { all: false; spaceIds: string[] };

/** The spaces pull, snapshot and the live channel serve this user. */
export function readableSpaces(principal: Principal): ReadableSpaces {
  if (principal.isAdmin) return { all: true };
  const own = ownUnitSpace(principal);
  const ids = new Set<string>([
    DIRECTORY_SPACE,
    ...(own === null ? [] : [own]),
    ...principal.grants.map((grant) => grant.spaceId),
  ]);
  return { all: false, spaceIds: [...ids] };
}

export function isReadable(readable: ReadableSpaces, spaceId: string): boolean {
  return readable.all || readable.spaceIds.includes(spaceId);
}

/**
 * The grants to show the user: the stored ones, plus the roles everyone has implicitly — the directory
 * (read; manage for an admin) and, for a unit's member, `write` on the unit's own space.
 */
export function effectiveGrants(principal: Principal): Grant[] {
  const grants = principal.grants.map((grant) => ({ spaceId: grant.spaceId, role: grant.role }));
  const own = principal.isAdmin ? null : ownUnitSpace(principal);
  if (own !== null) {
    const stored = grants.find((grant) => grant.spaceId === own);
    if (stored) stored.role = higherRole(stored.role, 'write') ?? 'write';
    else grants.unshift({ spaceId: own, role: 'write' });
  }
  if (!grants.some((grant) => grant.spaceId === DIRECTORY_SPACE)) {
    grants.unshift({ spaceId: DIRECTORY_SPACE, role: principal.isAdmin ? 'manage' : 'read' });
  }
  return grants;
}
