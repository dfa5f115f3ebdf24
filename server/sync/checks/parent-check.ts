import { formatRefusal } from '../../../shared/sync/refusal-messages.ts';
import { linkedId, parentLinksOf, type ParentLink } from '../../../shared/domain/parents.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { Rejection } from './rejection.ts';
import type { StoredRow } from '../log/record-store.ts';

/**
 * The parents a change links its record to (shared/domain/parents.ts) must live in the record's space.
 * Only links the change writes are checked — a create writes them all — and only where its value is the
 * one the merged record keeps: records never change space, so a link accepted once stays right, and a
 * record stored before this rule can still be edited or deleted.
 *
 * A parent the server does not hold is not refused. An honest client names only parents it pulled from
 * the server or created itself, and its outbox sends a create before the edits that follow it, so the
 * parent is either stored or earlier in the same push (the group state holds it by then). What is left is
 * a parent whose create was refused and waits on its author's machine as a draft: refusing its children
 * as well would only add refusals for the one fault already shown, and a parent created later is checked
 * by its own schema against its own space. Links made of a parent's id (`programmeId`, `meetingId`) are
 * tied to the record's space by the schemas already.
 */
export function parentKeys(change: RecordChange): Array<{ entity: string; id: string }> {
  return parentLinksOf(change.entity).flatMap((link) => {
    const id = link.field in change.fields ? linkedId(change.fields, link) : null;
    return id === null ? [] : [{ entity: link.parent, id }];
  });
}

export function checkParents(
  change: RecordChange,
  merged: Readonly<Record<string, unknown>>,
  held: (entity: string, id: string) => StoredRow | null | undefined,
): Rejection | null {
  for (const link of parentLinksOf(change.entity)) {
    if (!(link.field in change.fields)) continue;
    const id = linkedId(merged, link);
    if (id === null || id !== linkedId(change.fields, link)) continue;
    const parent = held(link.parent, id);
    // Read with the group's records (parentKeys); a tombstone keeps its space and counts.
    if (parent && parent.spaceId !== change.spaceId) return parentElsewhere(link);
  }
  return null;
}

function parentElsewhere(link: ParentLink): Rejection {
  // The other space is not named: the sender may not be allowed to read it.
  const message = { key: 'parent_space', params: { field: link.field, parent: link.parent } };
  return {
    code: 'invalid',
    reason: formatRefusal(message, 'vi') ?? 'Bản ghi cha thuộc một không gian dữ liệu khác.',
    message,
  };
}
