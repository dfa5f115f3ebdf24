import { z } from 'zod';
import { hlcSchema } from '../hlc/index.ts';
import { idSchema } from '../ids/index.ts';

/**
 * The element operations of one `set` field (shared/sync/merge-policy.ts): elements added (ids, or objects
 * carrying their key) and keys removed, all at the change's stamp. They apply only beside the field's full
 * new list in `fields`, so access checks that look at `fields` see every field a change touches.
 */
export const setOpsSchema = z
  .object({
    add: z.array(z.union([idSchema, z.record(z.string().max(60), z.unknown())])).max(1000),
    remove: z.array(idSchema).max(1000),
    /**
     * `add` is the whole list: every element not in it is removed as of the change's stamp. How the server
     * logs a whole-list write (a version-1 client's) so replicas merge it the same way.
     */
    replace: z.literal(true).optional(),
  })
  .strict();
export type SetOps = z.infer<typeof setOpsSchema>;

/**
 * One edit of one record: the outbox's unit and what travels to the server. Every field in `fields` was
 * written at `hlc`. A create carries all fields; a delete carries `deleted: true` and no fields.
 * `changeId` makes retries idempotent.
 */
export const recordChangeSchema = z
  .object({
    changeId: idSchema,
    entity: z.string().min(1).max(40),
    recordId: idSchema,
    spaceId: z.string().min(1).max(100),
    hlc: hlcSchema,
    fields: z.record(z.string().max(60), z.unknown()),
    deleted: z.boolean().optional(),
    /**
     * The stamp each changed field had on the editing replica before the edit (null: never set). The server
     * compares it with its own to tell an edit made in knowledge of the current value from a concurrent one.
     */
    base: z.record(z.string().max(60), hlcSchema.nullable()).optional(),
    /** Protocol 2: per-element operations of the `set` fields in `fields` (see {@link setOpsSchema}). */
    setOps: z.record(z.string().max(60), setOpsSchema).optional(),
  })
  .strict();

export type RecordChange = z.infer<typeof recordChangeSchema>;
