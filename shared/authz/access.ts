import { DIRECTORY_SPACE } from '../domain/space.ts';
import type { Grant, Role } from '../sync/protocol.ts';

/**
 * Who is asking, as authorisation sees it. Rules (pure, no I/O):
 * - an admin may read and write every space;
 * - every signed-in user reads the directory; writing it takes `manage` on it (or admin);
 * - any other space: `read` reads, `write` and `manage` also write.
 */
export interface Principal {
  userId: string;
  isAdmin: boolean;
  /** The unit the user works for: its tasks' status and progress are theirs to report. */
  unitId: string | null;
  grants: readonly Grant[];
}

const ROLE_RANK: Readonly<Record<Role, number>> = { read: 1, write: 2, manage: 3 };

export function atLeast(role: Role | null, needed: Role): boolean {
  return role !== null && ROLE_RANK[role] >= ROLE_RANK[needed];
}

/** The user's effective role in a space, or null when they may not even read it. */
export function roleIn(principal: Principal, spaceId: string): Role | null {
  if (principal.isAdmin) return 'manage';
  const granted = principal.grants.find((grant) => grant.spaceId === spaceId)?.role ?? null;
  if (spaceId === DIRECTORY_SPACE) return granted ?? 'read';
  return granted;
}

export function canRead(principal: Principal, spaceId: string): boolean {
  return roleIn(principal, spaceId) !== null;
}

/** Whether the user may create, change and delete any record of the space. */
export function canWrite(principal: Principal, spaceId: string): boolean {
  const needed: Role = spaceId === DIRECTORY_SPACE ? 'manage' : 'write';
  return atLeast(roleIn(principal, spaceId), needed);
}

export type ReadableSpaces = { all: true } | { all: false; spaceIds: string[] };

/** The spaces pull, snapshot and the live channel serve this user. */
export function readableSpaces(principal: Principal): ReadableSpaces {
  if (principal.isAdmin) return { all: true };
  const ids = new Set<string>([DIRECTORY_SPACE, ...principal.grants.map((grant) => grant.spaceId)]);
  return { all: false, spaceIds: [...ids] };
}

export function isReadable(readable: ReadableSpaces, spaceId: string): boolean {
  return readable.all || readable.spaceIds.includes(spaceId);
}

/** The grants to show the user: the stored ones, plus the directory role everyone has implicitly. */
export function effectiveGrants(principal: Principal): Grant[] {
  const grants = principal.grants.map((grant) => ({ spaceId: grant.spaceId, role: grant.role }));
  if (!grants.some((grant) => grant.spaceId === DIRECTORY_SPACE)) {
    grants.unshift({ spaceId: DIRECTORY_SPACE, role: principal.isAdmin ? 'manage' : 'read' });
  }
  return grants;
}
