import { z } from 'zod';
import { capabilitySchema } from '../authz/capabilities.ts';
import { roles } from './protocol.ts';

/**
 * Who may read and write a space, as its managers see and change it (online only: grants are the
 * server's). GET /spaces/:spaceId/grants lists them; PUT /spaces/:spaceId/grants/:userId sets one
 * (`{ role }`); DELETE /spaces/:spaceId/grants/:userId takes it away. A manager of the space may give
 * `read` or `write`; only an administrator gives `manage`. Every signed-in user may list the accounts
 * (GET /accounts), to choose whom to grant.
 */
export const SPACES_API_PATHS = {
  grants: '/spaces/:spaceId/grants',
  grant: '/spaces/:spaceId/grants/:userId',
  accounts: '/accounts',
} as const;

/** An account as others see it: enough to recognise and choose a person, nothing secret. */
export const accountSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    personId: z.string().nullable(),
    unitId: z.string().nullable(),
    isAdmin: z.boolean(),
    /** Capabilities held, the account's own and its unit's. */
    capabilities: z.array(capabilitySchema),
  })
  .strict();
export type Account = z.infer<typeof accountSchema>;
export const accountsResponseSchema = z.object({ accounts: z.array(accountSchema) }).strict();

export const spaceGrantSchema = z
  .object({
    userId: z.string(),
    displayName: z.string(),
    unitId: z.string().nullable(),
    role: z.enum(roles),
    grantedAt: z.number().int(),
    /** Who gave it (null for grants made by the CLI or before grants were recorded). */
    grantedBy: z.string().nullable(),
  })
  .strict();
export type SpaceGrant = z.infer<typeof spaceGrantSchema>;
export const spaceGrantsResponseSchema = z
  .object({ spaceId: z.string(), grants: z.array(spaceGrantSchema) })
  .strict();

export const setGrantRequestSchema = z.object({ role: z.enum(roles) }).strict();
export type SetGrantRequest = z.infer<typeof setGrantRequestSchema>;
