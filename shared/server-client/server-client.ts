import type { RecordChange } from '../sync/change.ts';
import {
  API_PATHS,
  conflictsResponseSchema,
  historyResponseSchema,
  meResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  resolveConflictResponseSchema,
  sessionSchema,
  snapshotResponseSchema,
  SYNC_SCHEMA_VERSION,
  type PullRequest,
  type Session,
  type SnapshotRequest,
} from '../sync/protocol.ts';
import { createRequester, type RequestOptions } from './authed-request.ts';
import { adminClient } from './admin-client.ts';
import { blobsClient } from './blobs-client.ts';
import { documentsClient } from './documents-client.ts';
import { spacesClient } from './spaces-client.ts';

export type { SessionStore } from './authed-request.ts';
export type { AccountsResponse, SpaceGrantsResponse } from './spaces-client.ts';
export type ServerClientOptions = RequestOptions;

/** A page request as the app asks it; the client adds the protocol's schema version. */
export type PullPage = Omit<PullRequest, 'schemaVersion'>;
export type SnapshotPage = Omit<SnapshotRequest, 'schemaVersion'>;

/**
 * The district server's API for one client: typed requests validated on the way back, the access token
 * refreshed when it expires (authed-request.ts), network failures reported as `offline`.
 */
export function createServerClient(options: ServerClientOptions) {
  const request = createRequester(options);
  const { authed } = request;
  const clientId = options.clientId;
  const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

  return {
    async login(username: string, password: string): Promise<Session> {
      const session = await request.plain(API_PATHS.login, { username, password, clientId }, sessionSchema);
      await options.sessions.save(session);
      return session;
    },
    async logout(): Promise<void> {
      const session = await options.sessions.load();
      await options.sessions.clear();
      if (session)
        await request
          .send('POST', API_PATHS.logout, { refreshToken: session.refreshToken }, null)
          .catch(() => undefined);
    },
    me: () => authed('GET', API_PATHS.me, undefined, meResponseSchema),
    push: (changes: RecordChange[]) =>
      authed(
        'POST',
        API_PATHS.push,
        { schemaVersion: SYNC_SCHEMA_VERSION, clientId, changes },
        pushResponseSchema,
      ),
    pull: (page: PullPage) =>
      authed('POST', API_PATHS.pull, { schemaVersion: SYNC_SCHEMA_VERSION, ...page }, pullResponseSchema),
    snapshot: (page: SnapshotPage = {}) =>
      authed(
        'POST',
        API_PATHS.snapshot,
        { schemaVersion: SYNC_SCHEMA_VERSION, ...page },
        snapshotResponseSchema,
      ),
    conflicts: () => authed('GET', API_PATHS.conflicts, undefined, conflictsResponseSchema),
    resolveConflict: (id: string) =>
      authed('POST', `${API_PATHS.conflicts}/${path(id)}/resolve`, {}, resolveConflictResponseSchema),
    history: (entity: string, id: string) =>
      authed('GET', `/records/${path(entity, id)}/history`, undefined, historyResponseSchema),
    ...spacesClient(authed),
    ...adminClient(authed),
    ...documentsClient(authed, clientId),
    ...blobsClient(authed),
  };
}

export type ServerClient = ReturnType<typeof createServerClient>;
