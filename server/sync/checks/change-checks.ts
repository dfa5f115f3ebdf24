import { formatRefusal } from '../../../shared/sync/refusal-messages.ts';
import {
  entityLabels,
  entitySchemas,
  isEntityName,
  validateEntity,
} from '../../../shared/domain/registry.ts';
import { isSpaceId } from '../../../shared/domain/space.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { DELETED_FIELD, IMMUTABLE_FIELDS } from '../../../shared/sync/record.ts';
import { checkCanonical } from './canonical-check.ts';
import { findPoison, printable } from './poison-check.ts';
import type { Rejection } from './rejection.ts';

/** The checks of a pushed change that need no database (pure). */
export type { Rejection } from './rejection.ts';

/**
 * Unknown entity, malformed space id, or poisoned text (poison-check.ts). Runs before the group reads
 * anything: a change that fails it is never used in a query.
 */
export function precheckChange(change: RecordChange): Rejection | null {
  if (!isEntityName(change.entity)) {
    return {
      code: 'unknown_entity',
      reason: `Máy chủ không biết loại bản ghi "${printable(change.entity)}" (ứng dụng mới hơn máy chủ?).`,
    };
  }
  if (!isSpaceId(change.spaceId)) {
    return { code: 'invalid', reason: `Không gian dữ liệu "${printable(change.spaceId)}" không hợp lệ.` };
  }
  return findPoison(change);
}

/** The business fields a change writes (merge ignores id, spaceId and `_` fields). */
export function writtenFields(change: RecordChange): string[] {
  return Object.keys(change.fields).filter(
    (field) =>
      !(IMMUTABLE_FIELDS as readonly string[]).includes(field) &&
      field !== DELETED_FIELD &&
      !field.startsWith('_'),
  );
}

export function spaceMismatch(storedSpace: string, change: RecordChange): Rejection {
  return {
    code: 'space_mismatch',
    reason:
      `Bản ghi này thuộc không gian dữ liệu "${storedSpace}" trên máy chủ, ` +
      `không thể ghi vào "${change.spaceId}".`,
  };
}

/**
 * A change id another user's accepted change already took (group-state.ts `replay`). Ids are UUID v7
 * made on each machine, so an honest client never meets this; the change is refused rather than applied
 * under a new id, since the id is what makes the client's retry a no-op, and the server's change log,
 * conflicts and answers to retries know a change by it.
 */
export function changeIdTaken(): Rejection {
  const message = { key: 'change_id_reused', params: {} };
  return { code: 'invalid', reason: formatRefusal(message, 'vi') ?? 'Mã thay đổi đã được dùng.', message };
}

function entityLabel(entity: string): string {
  return isEntityName(entity) ? entityLabels[entity] : entity;
}

/**
 * Is the record valid after the change? A change that is not a full record, for a record the server does
 * not have, is `not_found` (its create never arrived or was refused); otherwise a failed check is
 * `invalid`, with the reasons; so is a valid value the schema would have written otherwise.
 */
export function checkMergedRecord(
  change: RecordChange,
  existed: boolean,
  merged: Readonly<Record<string, unknown>>,
): Rejection | null {
  if (!isEntityName(change.entity)) return null;
  const label = entityLabel(change.entity);
  if (!existed) {
    // A field the schema lets be absent (optional, or with a default) may be left out of a create.
    const shape = entitySchemas[change.entity].shape as Record<
      string,
      { safeParse(v: unknown): { success: boolean } }
    >;
    const missing = Object.entries(shape).filter(
      ([key, field]) => !(key in merged) && !field.safeParse(undefined).success,
    );
    if (change.deleted || missing.length > 0) {
      return {
        code: 'not_found',
        reason: `${label} này không có trên máy chủ (chưa được tạo hoặc đã bị từ chối), nên không áp dụng được thay đổi.`,
      };
    }
  }
  const result = validateEntity(change.entity, merged);
  if (!result.ok) return { code: 'invalid', reason: `${label} không hợp lệ: ${result.issues.join('; ')}.` };
  // Valid is not enough: the values must be the ones the schema writes (canonical-check.ts).
  const parsed: Readonly<Record<string, unknown>> = result.value;
  return checkCanonical(change.entity, change, writtenFields(change), merged, parsed);
}
