import { z } from 'zod';
import {
  accountsResponseSchema,
  SPACES_API_PATHS,
  spaceGrantsResponseSchema,
  type SetGrantRequest,
} from '../sync/spaces-api.ts';
import type { createRequester } from './authed-request.ts';

export type SpaceGrantsResponse = z.output<typeof spaceGrantsResponseSchema>;
export type AccountsResponse = z.output<typeof accountsResponseSchema>;

type Authed = ReturnType<typeof createRequester>['authed'];

/**
 * The spaces API (shared/sync/spaces-api.ts): who reads and writes a space, as its managers see and change
 * it, and the accounts to choose from. A change of grants answers the space's grants after it; should the
 * server answer anything else (an empty 204, the one grant), the client asks for them, so the caller always
 * gets the list as it now stands.
 */
export function spacesClient(authed: Authed) {
  const segment = (part: string) => encodeURIComponent(part);
  const grantsPath = (spaceId: string) => SPACES_API_PATHS.grants.replace(':spaceId', segment(spaceId));
  const grantPath = (spaceId: string, userId: string) =>
    SPACES_API_PATHS.grant.replace(':spaceId', segment(spaceId)).replace(':userId', segment(userId));
  const grants = (spaceId: string): Promise<SpaceGrantsResponse> =>
    authed('GET', grantsPath(spaceId), undefined, spaceGrantsResponseSchema);
  const grantsAfter = async (spaceId: string, answer: unknown): Promise<SpaceGrantsResponse> => {
    const parsed = spaceGrantsResponseSchema.safeParse(answer);
    return parsed.success ? parsed.data : grants(spaceId);
  };
  return {
    /** Who reads, writes and manages the space (its managers and administrators only). */
    grants,
    /** Gives or changes one user's role on the space. */
    setGrant: async (spaceId: string, userId: string, request: SetGrantRequest) =>
      grantsAfter(spaceId, await authed('PUT', grantPath(spaceId, userId), request, z.unknown())),
    /** Takes one user's grant on the space away. */
    removeGrant: async (spaceId: string, userId: string) =>
      grantsAfter(spaceId, await authed('DELETE', grantPath(spaceId, userId), undefined, z.unknown())),
    /** Every account, as others see it: whom a grant may be given to. */
    accounts: (): Promise<AccountsResponse> =>
      authed('GET', SPACES_API_PATHS.accounts, undefined, accountsResponseSchema),
  };
}
