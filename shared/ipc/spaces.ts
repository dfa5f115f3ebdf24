import { z } from 'zod';
import { spaceIdSchema } from '../domain/space.ts';
import {
  accountsResponseSchema,
  setGrantRequestSchema,
  spaceGrantsResponseSchema,
} from '../sync/spaces-api.ts';

/**
 * The channels through which a space's managers see and change who reads and writes it, and anyone picks
 * an account to grant (shared/sync/spaces-api.ts). Online only: grants are the server's, main carries each
 * call to it. The inputs are the API's path parameters and body, the outputs its answers.
 */
const noInput = z.object({}).strict();
const spaceInput = z.object({ spaceId: spaceIdSchema }).strict();
const userIdSchema = z.string().min(1).max(100);

export const spacesChannels = {
  /** Who reads, writes and manages the space, with their names and units. */
  'spaces.grants': { input: spaceInput, output: spaceGrantsResponseSchema },
  /** Gives or changes one user's role on the space; answers the space's grants after it. */
  'spaces.setGrant': {
    input: spaceInput.extend({ userId: userIdSchema, ...setGrantRequestSchema.shape }).strict(),
    output: spaceGrantsResponseSchema,
  },
  /** Takes one user's grant on the space away; answers the space's grants after it. */
  'spaces.removeGrant': {
    input: spaceInput.extend({ userId: userIdSchema }).strict(),
    output: spaceGrantsResponseSchema,
  },
  /** Every account as others see it (names, units), to choose whom to grant. */
  'accounts.list': { input: noInput, output: accountsResponseSchema },
} as const;
