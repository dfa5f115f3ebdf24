import type { RefusalMessage } from '../sync/protocol.ts';
import type { Principal } from './access.ts';
import { canCreateSpace, canRead, canWrite } from './access.ts';
import { denial, type Denial } from './messages.ts';
import { isMeetingOffice } from './minutes-office.ts';

/**
 * May this user make this change? Checked change by change on push, against the records as the server
 * holds them (never as the client says they are).
 *
 * Beyond the space roles (see access.ts), the lead-unit rule: a user whose unit is a task's lead unit
 * ("đơn vị chủ trì") and who can read the task's space may update that task's status and progress, and
 * create or correct progress reports (`taskUpdate`) of their own unit for it. Nothing else: not the
 * deadline, not the title, no deletes.
 *
 * And the creator rule: the change that creates a space's root record (a `programme` in
 * `programme:<its id>`, a `meeting` in `meeting:<its id>`) in a space the server does not have yet is
 * allowed to a holder of the kind's capability (CREATING_CAPABILITY) or an admin; the server then gives
 * the creator `manage` on the new space, in the same transaction (`createsSpace` tells it when).
 */
export interface ChangeAccessRequest {
  entity: string;
  spaceId: string;
  /** The business fields the change writes (not id, spaceId or `_` fields). */
  fields: readonly string[];
  deleted: boolean;
  /** The record as stored before the change; null when it is new. */
  stored: Readonly<Record<string, unknown>> | null;
  /** The record as it would be after the change. */
  merged: Readonly<Record<string, unknown>>;
  /** For a taskUpdate: the task it reports on, as stored (null when missing or deleted). */
  task: Readonly<Record<string, unknown>> | null;
  /** The record's id (needed for the creator rule only). */
  recordId?: string;
  /** False when the server holds nothing of the space yet (absent: it does; the screens' questions). */
  spaceExists?: boolean;
}

/** Which kind of space the change opens, when it creates the root record of a space not there yet. */
export function createsSpace(request: ChangeAccessRequest): 'programme' | 'meeting' | null {
  if (request.spaceExists !== false || request.stored !== null || request.deleted) return null;
  const { entity, recordId } = request;
  if (entity !== 'programme' && entity !== 'meeting') return null;
  return recordId !== undefined && request.spaceId === `${entity}:${recordId}` ? entity : null;
}

/** A refusal says why twice: `reason` in Vietnamese (logs, older clients), `message` for any language. */
export type AccessDecision = { allowed: true } | { allowed: false; reason: string; message: RefusalMessage };

/** What the lead unit of a task may change on it. */
export const LEAD_UNIT_TASK_FIELDS: readonly string[] = ['status', 'progress'];

const ALLOW: AccessDecision = { allowed: true };
const deny = ({ reason, message }: Denial): AccessDecision => ({ allowed: false, reason, message });

export function authorizeChange(principal: Principal, request: ChangeAccessRequest): AccessDecision {
  // The chair's approval of the minutes is the office's to record or withdraw (minutes-office.ts).
  if (request.entity === 'minutesSignOff') return signOffDecision(principal, request);
  if (canWrite(principal, request.spaceId)) return ALLOW;
  const opens = createsSpace(request);
  if (opens !== null && canCreateSpace(principal, opens)) return ALLOW;
  if (!canRead(principal, request.spaceId)) return deny(denial.noAccess(request.spaceId));
  const byLeadUnit = principal.unitId === null ? null : leadUnitDecision(principal.unitId, request);
  return byLeadUnit ?? deny(denial.readOnly(request.spaceId));
}

/**
 * The chair's approval of the minutes is the office's to record or withdraw (minutes-office.ts), and never
 * deleted: a tombstone would forbid approving the same meeting again, so withdrawing changes its `state`.
 */
function signOffDecision(principal: Principal, request: ChangeAccessRequest): AccessDecision {
  if (!isMeetingOffice(principal, request.spaceId)) {
    return canRead(principal, request.spaceId)
      ? deny(denial.signOffOffice())
      : deny(denial.noAccess(request.spaceId));
  }
  return request.deleted ? deny(denial.signOffDelete()) : ALLOW;
}

/** The lead-unit rule; null when it does not apply (the plain read-only answer stands). */
function leadUnitDecision(unitId: string, request: ChangeAccessRequest): AccessDecision | null {
  if (request.entity === 'task') return taskDecision(unitId, request);
  if (request.entity === 'taskUpdate') return reportDecision(unitId, request);
  return null;
}

function taskDecision(unitId: string, request: ChangeAccessRequest): AccessDecision | null {
  if (request.stored === null || request.stored.leadUnitId !== unitId) return null;
  if (request.deleted) return deny(denial.deleteTask());
  const refused = request.fields.filter((field) => !LEAD_UNIT_TASK_FIELDS.includes(field));
  return refused.length > 0 ? deny(denial.taskFields(refused)) : ALLOW;
}

function reportDecision(unitId: string, request: ChangeAccessRequest): AccessDecision | null {
  const { task, stored, merged } = request;
  if (task === null || task.leadUnitId !== unitId || task.spaceId !== request.spaceId) return null;
  if (request.deleted) return deny(denial.deleteReport());
  if (stored !== null && stored.unitId !== unitId) return deny(denial.otherUnitReport());
  if (merged.unitId !== unitId) return deny(denial.otherUnitReport());
  if (stored !== null && stored.taskId !== merged.taskId) return deny(denial.moveReport());
  return ALLOW;
}
