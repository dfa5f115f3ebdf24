import { userInfo } from 'node:os';
import { desc } from 'drizzle-orm';
import type { AdminAction, AuditEntry } from '../../shared/sync/admin-api.ts';
import type { Executor } from '../db/database.ts';
import { adminAudit } from '../db/schema.ts';

/**
 * Who does an admin action: a signed-in administrator (the admin API), or the operator of the server's
 * machine working on the database directly (the admin CLI without `--server`), named by the system user.
 */
export interface AdminActor {
  userId: string | null;
  name: string;
}

export function operatorActor(): AdminActor {
  let who = 'operator';
  try {
    who = userInfo().username;
  } catch {
    // No user entry (a container's numeric uid): "operator" says enough.
  }
  return { userId: null, name: `CLI (${who})` };
}

export interface AuditLine {
  action: AdminAction;
  target: string;
  details?: Record<string, unknown>;
}

/** Writes one line of the admin audit, in the transaction of the action it records. */
export async function recordAdminAction(db: Executor, actor: AdminActor, line: AuditLine, at: number) {
  await db.insert(adminAudit).values({
    at,
    actorId: actor.userId,
    actorName: actor.name,
    action: line.action,
    target: line.target,
    details: line.details ?? {},
  });
}

/** The newest lines first. */
export async function listAdminAudit(db: Executor, limit = 100): Promise<AuditEntry[]> {
  return db.select().from(adminAudit).orderBy(desc(adminAudit.at), desc(adminAudit.id)).limit(limit);
}
