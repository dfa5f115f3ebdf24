import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import { memorySessionStore } from '../../shared/server-client/memory-sessions.ts';
import { createServerClient, type ServerClient } from '../../shared/server-client/server-client.ts';
import { MAX_PUSH_CHANGES } from '../../shared/sync/protocol.ts';

export async function nodeClient(url: string, user: { username: string; password: string }, name: string) {
  const client = createServerClient({
    baseUrl: url,
    fetch: globalThis.fetch as unknown as FetchLike,
    clientId: `${name}-${uuidv7(Date.now())}`,
    sessions: memorySessionStore(),
  });
  await client.login(user.username, user.password);
  return client;
}

export interface PushTiming {
  changes: number;
  accepted: number;
  ms: number;
  batchMs: number[];
}

/** Pushes in batches of MAX_PUSH_CHANGES from one client, one batch after another (as the engine does). */
export async function pushAll(client: ServerClient, changes: RecordChange[], budgetMs: number) {
  const timing: PushTiming = { changes: 0, accepted: 0, ms: 0, batchMs: [] };
  const start = performance.now();
  for (let i = 0; i < changes.length; i += MAX_PUSH_CHANGES) {
    if (performance.now() - start > budgetMs) throw new Error(`push exceeded its ${budgetMs} ms budget`);
    const batch = changes.slice(i, i + MAX_PUSH_CHANGES);
    const t = performance.now();
    const response = await client.push(batch);
    timing.batchMs.push(performance.now() - t);
    timing.changes += batch.length;
    timing.accepted += response.results.filter((r) => r.status === 'accepted').length;
  }
  timing.ms = performance.now() - start;
  return timing;
}
