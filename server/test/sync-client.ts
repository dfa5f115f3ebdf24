import {
  SYNC_SCHEMA_VERSION,
  pullResponseSchema,
  pushResponseSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol.ts';
import { api } from './harness.ts';

/** The sync calls the tests make, with answers checked against the shared response schemas. */
export async function pushBatch(
  server: { url: string },
  token: string,
  request: PushRequest,
): Promise<PushResponse> {
  const answer = await api(server, 'POST', '/sync/push', { token, body: request });
  if (answer.status !== 200) throw new Error(`push: ${answer.status} ${JSON.stringify(answer.body)}`);
  return pushResponseSchema.parse(answer.body);
}

export async function pullPage(
  server: { url: string },
  token: string,
  request: { cursor: number; limit?: number; maxBytes?: number },
): Promise<PullResponse> {
  const answer = await api(server, 'POST', '/sync/pull', {
    token,
    body: { schemaVersion: SYNC_SCHEMA_VERSION, ...request },
  });
  if (answer.status !== 200) throw new Error(`pull: ${answer.status} ${JSON.stringify(answer.body)}`);
  return pullResponseSchema.parse(answer.body);
}

/** Pulls every page from `cursor`; returns the changes and the final cursor. */
export async function pullAll(server: { url: string }, token: string, cursor: number, limit?: number) {
  const changes: PullResponse['changes'] = [];
  let position = cursor;
  let pages = 0;
  for (;;) {
    const page = await pullPage(server, token, { cursor: position, ...(limit ? { limit } : {}) });
    changes.push(...page.changes);
    position = page.cursor;
    pages += 1;
    if (!page.hasMore) return { changes, cursor: position, pages };
  }
}

export function acceptedVersion(response: PushResponse, index = 0): number {
  const result = response.results[index];
  if (result?.status !== 'accepted')
    throw new Error(`Change ${index} was not accepted: ${JSON.stringify(result)}`);
  return result.version;
}
