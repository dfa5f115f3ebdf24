import {
  applyEntityPatch,
  validateEntity,
  type EntityInputOf,
  type EntityName,
  type EntityOf,
  type EntityPatchInputOf,
} from '../../../shared/domain/registry.ts';
import { fieldLabels } from '../../../shared/domain/field-labels.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { describeUnsafeText, findUnsafeText } from '../../../shared/text/unsafe-text.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { mergeChange, setOpsOf } from '../../../shared/sync/merge.ts';
import { businessFields, IMMUTABLE_FIELDS, type StoredRecord } from '../../../shared/sync/record.ts';
import { accountIdOf, resolveActor, type ActorSource } from './actor.ts';
import { tickClock } from './clock.ts';
import { recordTable, type HistoryEntry, type LocalDb } from './local-db.ts';
import { sameValue } from './same-value.ts';

/** Who edits and what time it is: passed in, never global, so tests can fix both. */
export interface WriteContext {
  db: LocalDb;
  now: () => number;
  /**
   * Who edits: the signed-in account, or the "Tôi là" person before sign-in. A getter is asked at each
   * write (the app's follows sign-in and sign-out); absent, `actorId` names an account, or nobody.
   */
  actor?: ActorSource;
  /** An account's user id, for callers that know only that (tests); `actor` wins when given. */
  actorId?: string | null;
}

/** An edit the schema refused; `issues` are Vietnamese lines to show next to the form. */
export class ValidationFailure extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(issues.join('; '));
    this.name = 'ValidationFailure';
    this.issues = issues;
  }
}

export class RecordNotFound extends Error {
  constructor(entity: EntityName, id: string) {
    super(`${entity} ${id} không tồn tại hoặc đã bị xoá`);
    this.name = 'RecordNotFound';
  }
}

/**
 * The one write path: the record, its outbox entry, its field history and the clock tick are written in
 * one transaction. If any part fails, none of it is kept.
 */
async function commit<N extends EntityName>(
  ctx: WriteContext,
  entity: N,
  current: StoredRecord<EntityOf<N>> | undefined,
  build: (hlc: string) => RecordChange,
): Promise<StoredRecord<EntityOf<N>>> {
  const { db } = ctx;
  const at = ctx.now();
  const { stamp: hlc, saved } = await tickClock(db, at);
  const change = build(hlc);
  refuseUnsafeText(change);
  const { record, applied } = mergeChange<EntityOf<N>>(current, change);
  const actor = resolveActor(ctx.actor, ctx.actorId);
  const history: HistoryEntry[] = applied.map(({ field, oldValue, newValue }) => ({
    entity,
    recordId: change.recordId,
    field,
    oldValue: oldValue ?? null,
    newValue,
    hlc,
    actorId: accountIdOf(actor),
    actor,
    at,
    origin: 'local',
  }));
  // Four writes queued at once in the one transaction: all land, or the transaction aborts and none does.
  await Promise.all([
    saved,
    recordTable(db, entity).put(record),
    db.outbox.add({ ...change, createdAt: at }),
    db.history.bulkAdd(history),
  ]);
  return record;
}

/**
 * Nothing poisoned is ever queued: a NUL, a lone surrogate or a control character anywhere in a change
 * (fields the schema checks as text, and every other string) is refused here, with the field named, before
 * anything is written — the server would refuse it, and PostgreSQL cannot store it.
 */
function refuseUnsafeText(change: RecordChange): void {
  const found = findUnsafeText(change.fields);
  if (!found) return;
  const field = found.path[0] ?? '';
  throw new ValidationFailure([`${fieldLabels[field] ?? field}: ${describeUnsafeText(found.kind)}`]);
}

function tables(db: LocalDb, entity: EntityName) {
  return [db.table(entity), db.outbox, db.history, db.meta];
}

/** Creates a record (an id is made when none is given); returns it as stored. */
export async function createRecord<N extends EntityName>(
  ctx: WriteContext,
  entity: N,
  input: Omit<EntityInputOf<N>, 'id'> & { id?: string },
): Promise<EntityOf<N>> {
  const validated = validateEntity(entity, { ...input, id: input.id ?? uuidv7(ctx.now()) });
  if (!validated.ok) throw new ValidationFailure(validated.issues);
  const values = validated.value as EntityOf<N> & { id: string; spaceId: string };
  return ctx.db.transaction('rw', tables(ctx.db, entity), async () => {
    if (await recordTable(ctx.db, entity).get(values.id))
      throw new ValidationFailure([`Mã ${values.id} đã tồn tại`]);
    const fields = mutableFields(values);
    const record = await commit(ctx, entity, undefined, (hlc) => ({
      changeId: uuidv7(ctx.now()),
      entity,
      recordId: values.id,
      spaceId: values.spaceId,
      hlc,
      fields,
      ...setOpsOf(entity, undefined, fields),
    }));
    return businessFields(record) as EntityOf<N>;
  });
}

/** Applies a patch; only fields whose value really changes are stamped, logged and queued. */
export async function updateRecord<N extends EntityName>(
  ctx: WriteContext,
  entity: N,
  id: string,
  patch: EntityPatchInputOf<N>,
): Promise<EntityOf<N>> {
  return ctx.db.transaction('rw', tables(ctx.db, entity), async () => {
    const current = await recordTable(ctx.db, entity).get(id);
    if (!current || current._deleted) throw new RecordNotFound(entity, id);
    const before = businessFields(current) as EntityOf<N>;
    const validated = applyEntityPatch(entity, before, patch);
    if (!validated.ok) throw new ValidationFailure(validated.issues);
    const after = validated.value as Record<string, unknown>;
    const changed = Object.fromEntries(
      Object.entries(after).filter(
        ([field, value]) => !sameValue((before as Record<string, unknown>)[field], value),
      ),
    );
    if (Object.keys(changed).length === 0) return before;
    const record = await commit(ctx, entity, current, (hlc) => ({
      changeId: uuidv7(ctx.now()),
      entity,
      recordId: id,
      spaceId: current.spaceId,
      hlc,
      fields: changed,
      // An id list merged as a set (shared/sync/merge-policy.ts) travels as its additions and removals, so
      // a concurrent edit of the same list elsewhere keeps its own.
      ...setOpsOf(entity, before as Record<string, unknown>, changed),
      base: Object.fromEntries(Object.keys(changed).map((field) => [field, current._clock[field] ?? null])),
    }));
    return businessFields(record) as EntityOf<N>;
  });
}

/** The fields a change may write: all but those that identify the record. */
function mutableFields(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([field]) => !(IMMUTABLE_FIELDS as readonly string[]).includes(field)),
  );
}

/** A change of a record that must exist and not be deleted, built from it, through the one write path. */
async function commitOnLive<N extends EntityName>(
  ctx: WriteContext,
  entity: N,
  id: string,
  body: (current: StoredRecord<EntityOf<N>>) => Pick<RecordChange, 'fields' | 'deleted' | 'setOps'>,
): Promise<void> {
  await ctx.db.transaction('rw', tables(ctx.db, entity), async () => {
    const current = await recordTable(ctx.db, entity).get(id);
    if (!current || current._deleted) throw new RecordNotFound(entity, id);
    await commit(ctx, entity, current, (hlc) => ({
      changeId: uuidv7(ctx.now()),
      entity,
      recordId: id,
      spaceId: current.spaceId,
      hlc,
      ...body(current),
    }));
  });
}

/** Deletes by tombstone: the record stays, marked, so a late edit from elsewhere cannot bring it back. */
export async function deleteRecord(ctx: WriteContext, entity: EntityName, id: string): Promise<void> {
  await commitOnLive(ctx, entity, id, () => ({ fields: {}, deleted: true }));
}

/**
 * Queues a whole record again as a create, every field under a new stamp: how a local draft whose create
 * the server refused is sent again once the user has the right.
 */
export async function requeueRecord(ctx: WriteContext, entity: EntityName, id: string): Promise<void> {
  await commitOnLive(ctx, entity, id, (current) => {
    const fields = mutableFields(businessFields(current) as Record<string, unknown>);
    return { fields, ...setOpsOf(entity, undefined, fields) };
  });
}
