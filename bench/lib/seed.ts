import { buildDemoDataset, DEMO_SERVER_NOW } from '../../shared/demo/index.ts';
import { formatHlc } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import type { FetchLike } from '../../shared/sync/client/fetch-like.ts';
import {
  createServerClient,
  type ServerClient,
  type SessionStore,
} from '../../shared/sync/client/server-client.ts';
import { MAX_PUSH_CHANGES, type Session } from '../../shared/sync/protocol.ts';

function memorySessions(): SessionStore {
  let session: Session | null = null;
  return {
    load: async () => session,
    save: async (next) => {
      session = next;
    },
    clear: async () => {
      session = null;
    },
  };
}

export async function nodeClient(url: string, user: { username: string; password: string }, name: string) {
  const client = createServerClient({
    baseUrl: url,
    fetch: globalThis.fetch as unknown as FetchLike,
    clientId: `${name}-${uuidv7(Date.now())}`,
    sessions: memorySessions(),
  });
  await client.login(user.username, user.password);
  return client;
}

const NODE = 'be00be00be00be00';

/** `count` new district-shaped tasks: the demo's tasks cloned (same spaces, units, people), new ids. */
export function generateTaskCreates(count: number, salt: number): RecordChange[] {
  const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
  const templates = demo.task as ReadonlyArray<Record<string, unknown>>;
  const now = Date.now();
  const changes: RecordChange[] = [];
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length];
    if (!template) throw new Error('demo has no tasks');
    const { id: _id, spaceId, ...fields } = template;
    changes.push({
      changeId: uuidv7(now),
      entity: 'task',
      recordId: uuidv7(now),
      spaceId: String(spaceId),
      hlc: formatHlc({ wallMs: now, counter: i % 60_000, nodeId: NODE }),
      fields: { ...fields, title: `${String(fields.title)} (#${salt}-${i})`, progress: i % 100 },
    });
  }
  return changes;
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
