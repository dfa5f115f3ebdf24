import { uuidv7 } from '../../shared/ids/index.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import { memorySessionStore } from '../../shared/server-client/memory-sessions.ts';
import { createServerClient } from '../../shared/server-client/server-client.ts';

/**
 * What the server stores for one space, read through its own snapshot as a user who may read the space:
 * every record (tombstones too) as stored, keyed `entity:id` like `spaceState` keys a replica's.
 */
export async function serverSpaceState(
  serverUrl: string,
  user: { username: string; password: string },
  spaceId: string,
): Promise<Record<string, unknown>> {
  const client = createServerClient({
    baseUrl: serverUrl,
    fetch: globalThis.fetch as unknown as FetchLike,
    clientId: `kiem-tra-${uuidv7(Date.now())}`,
    sessions: memorySessionStore(),
    now: Date.now,
  });
  await client.login(user.username, user.password);
  const state: Record<string, unknown> = {};
  let after: string | undefined;
  for (;;) {
    const page = await client.snapshot({ after, limit: 2_000 });
    for (const { entity, record } of page.records) {
      if (record.spaceId === spaceId) state[`${entity}:${String(record.id)}`] = record;
    }
    if (page.after === null) return state;
    after = page.after;
  }
}

/** Changes a grant while the server runs, through the sync suite's control line. */
export async function setGrant(
  controlUrl: string,
  action: 'grant' | 'revoke',
  grant: { username: string; spaceId: string; role?: 'read' | 'write' | 'manage' },
): Promise<void> {
  const response = await fetch(`${controlUrl}/${action}`, { method: 'POST', body: JSON.stringify(grant) });
  if (!response.ok) throw new Error(`${action} failed: ${response.status} ${await response.text()}`);
}
