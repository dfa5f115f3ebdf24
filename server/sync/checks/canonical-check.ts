import { formatRefusal } from '../../../shared/sync/refusal-messages.ts';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { entitySchemas, type EntityName } from '../../../shared/domain/registry.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { Rejection } from './rejection.ts';

/**
 * A change must send its values as the schemas write them (NFC, one-line text without padding or line
 * breaks, null rather than ""): the server stores and serves exactly what it accepted, under the
 * sender's stamp. Repairing a value here is no fix: the repaired value would carry the sender's stamp,
 * so the sender — whose replica already holds that stamp — would never take it, and the replicas would
 * differ for good. So a value that is not canonical is refused, the field named. Honest clients
 * normalise through the same schemas (shared/domain) before they store an edit, and never meet this.
 *
 * `parsed` is the merged record as the entity schema outputs it (validateEntity). A written field the
 * change won (or whose value the server already holds) is compared with its value there; a field it
 * lost to a later write is not in the merged record, so its value is parsed by the field's own schema:
 * whether a value is canonical does not depend on the order in which edits arrive.
 */
export function checkCanonical(
  entity: EntityName,
  change: RecordChange,
  fields: readonly string[],
  merged: Readonly<Record<string, unknown>>,
  parsed: Readonly<Record<string, unknown>>,
): Rejection | null {
  const shape: Readonly<Record<string, z.ZodType>> = entitySchemas[entity].shape;
  for (const field of fields) {
    const sent = change.fields[field];
    if (isDeepStrictEqual(merged[field], sent)) {
      if (!isDeepStrictEqual(parsed[field], sent)) return notCanonical(field);
      continue;
    }
    const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
    // A field the schema does not know cannot have lost to a stored stamp: nothing to compare.
    if (!schema) continue;
    const result = schema.safeParse(sent);
    if (!result.success || !isDeepStrictEqual(result.data, sent)) return notCanonical(field);
  }
  return null;
}

function notCanonical(field: string): Rejection {
  const message = { key: 'not_canonical', params: { field } };
  return {
    code: 'invalid',
    reason: formatRefusal(message, 'vi') ?? `Trường ${field} chưa được chuẩn hoá.`,
    message,
  };
}
