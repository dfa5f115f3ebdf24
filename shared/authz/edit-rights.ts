import type { Grant, SyncUser } from '../sync/protocol.ts';
import type { Capability } from './capabilities.ts';
import { DIRECTORY_SPACE } from '../domain/space.ts';
import { canCreateSpace, canManage, canRead, canWrite, type Principal } from './access.ts';
import { authorizeChange } from './authorize-change.ts';
import { isMeetingOffice } from './minutes-office.ts';

/**
 * What the screens may offer the user to edit, decided by the very rules the server checks each push
 * with (`authorizeChange`): a control the server would refuse is not shown. The server stays the judge;
 * this only spares the user edits that would come back as "not accepted".
 */
export interface EditRights {
  /** False when nothing is known (never signed in: purely local use or the demo): everything is allowed. */
  restricted: boolean;
  /** May create, change and delete any record of the space. */
  canWrite(spaceId: string): boolean;
  /** May add new records in the space (same as writing it; named for the create buttons). */
  canCreateIn(spaceId: string): boolean;
  /**
   * May add a programme or a meeting: each opens a space of its own, which its creator then manages. It
   * takes the capability ("lập chương trình", "tổ chức hội nghị"; shared/authz/capabilities.ts) or admin.
   */
  canCreateSpace(kind: 'programme' | 'meeting'): boolean;
  /** May see and change who reads and writes the space (its managers and administrators). */
  canManage(spaceId: string): boolean;
  /**
   * Is the office of the meeting (minutes-office.ts): records or withdraws the chair's approval of its
   * minutes, and alone still corrects them once approved.
   */
  isMeetingOffice(spaceId: string): boolean;
  /** May add and change units and people in the directory ("quản lý danh bạ"); others name outsiders as text. */
  canEditDirectory(): boolean;
  /** May change this one field of the task (the lead unit: status and progress only). */
  canEditTaskField(task: TaskAccess, field: string): boolean;
  /** May post progress reports (and the closing report) on the task, filed under `leadReportUnit(task)` when that is not null. */
  canReportProgress(task: TaskAccess): boolean;
  /** The unit a report must be filed under when only the lead-unit rule allows it; null otherwise. */
  leadReportUnit(task: TaskAccess): string | null;
}

/** The parts of a task the rules look at. */
export interface TaskAccess {
  id: string;
  spaceId: string;
  leadUnitId: string;
}

/** What the server last said about the user (the `access` meta row), or null when never signed in. */
export interface AccessSnapshot {
  user: Pick<SyncUser, 'id' | 'isAdmin' | 'unitId'>;
  grants: readonly Grant[];
  /** Absent in what an older release saved: none. */
  capabilities?: readonly Capability[];
}

const UNRESTRICTED: EditRights = {
  restricted: false,
  canWrite: () => true,
  canCreateIn: () => true,
  canCreateSpace: () => true,
  canManage: () => true,
  isMeetingOffice: () => true,
  canEditDirectory: () => true,
  canEditTaskField: () => true,
  canReportProgress: () => true,
  leadReportUnit: () => null,
};

export function principalOf(access: AccessSnapshot): Principal {
  return {
    userId: access.user.id,
    isAdmin: access.user.isAdmin,
    unitId: access.user.unitId,
    grants: access.grants,
    capabilities: access.capabilities ?? [],
  };
}

export function editRights(access: AccessSnapshot | null): EditRights {
  if (access === null) return UNRESTRICTED;
  const principal = principalOf(access);
  const taskField = (task: TaskAccess, field: string) =>
    authorizeChange(principal, {
      entity: 'task',
      spaceId: task.spaceId,
      fields: [field],
      deleted: false,
      stored: { ...task },
      merged: { ...task },
      task: null,
    }).allowed;
  const leadReportUnit = (task: TaskAccess) => {
    const unitId = principal.unitId;
    if (unitId === null || canWrite(principal, task.spaceId)) return null;
    const allowed = authorizeChange(principal, {
      entity: 'taskUpdate',
      spaceId: task.spaceId,
      fields: ['taskId', 'unitId', 'reportDate', 'progress', 'text'],
      deleted: false,
      stored: null,
      merged: { taskId: task.id, spaceId: task.spaceId, unitId },
      task: { ...task },
    }).allowed;
    return allowed ? unitId : null;
  };
  return {
    restricted: true,
    canWrite: (spaceId) => canWrite(principal, spaceId),
    canCreateIn: (spaceId) => canWrite(principal, spaceId),
    canCreateSpace: (kind) => canCreateSpace(principal, kind),
    canManage: (spaceId) => canManage(principal, spaceId),
    isMeetingOffice: (spaceId) => isMeetingOffice(principal, spaceId),
    canEditDirectory: () => canWrite(principal, DIRECTORY_SPACE),
    canEditTaskField: taskField,
    canReportProgress: (task) => canWrite(principal, task.spaceId) || leadReportUnit(task) !== null,
    leadReportUnit,
  };
}

/** May the user read the space at all (a record outside it should not even be on this machine). */
export function canReadSpace(access: AccessSnapshot | null, spaceId: string): boolean {
  return access === null || canRead(principalOf(access), spaceId);
}

/**
 * The rights, widened to spaces that exist on one machine only (a programme or meeting created there and
 * not yet accepted by the server): nobody else holds them, so their author edits them in full until the
 * server has a say.
 */
export function withLocalSpaces(rights: EditRights, localSpaces: readonly string[]): EditRights {
  if (!rights.restricted || localSpaces.length === 0) return rights;
  const local = new Set(localSpaces);
  return {
    ...rights,
    canWrite: (spaceId) => local.has(spaceId) || rights.canWrite(spaceId),
    canCreateIn: (spaceId) => local.has(spaceId) || rights.canCreateIn(spaceId),
    isMeetingOffice: (spaceId) => local.has(spaceId) || rights.isMeetingOffice(spaceId),
    canEditTaskField: (task, field) => local.has(task.spaceId) || rights.canEditTaskField(task, field),
    canReportProgress: (task) => local.has(task.spaceId) || rights.canReportProgress(task),
    leadReportUnit: (task) => (local.has(task.spaceId) ? null : rights.leadReportUnit(task)),
  };
}
