import { z } from 'zod';
import { hlcSchema } from '../hlc/index.ts';
import { idSchema } from '../ids/index.ts';

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
  })
  .strict();

export type RecordChange = z.infer<typeof recordChangeSchema>;
