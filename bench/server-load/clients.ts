import type { Agent } from 'node:http';
import { SYNC_SCHEMA_VERSION, type PushResponse, type Session } from '../../shared/sync/protocol.ts';
import { postJson } from './http.ts';
import { PASSWORD, type LoadAccount } from './setup.ts';
import { random, SimulatedClient, type District } from './workload.ts';

/**
 * The simulated clients: each signs in, then pushes batch after batch (closed loop, no pause) until the
 * deadline. A push counts when it ends within the measured window (after the warm-up, before the
 * deadline): throughput is completions per second.
 */
export interface PushSample {
  ms: number;
  changes: number;
  accepted: number;
  conflicts: number;
}

export interface ClientTally {
  samples: PushSample[];
  rejected: Record<string, number>;
  errors: string[];
}

export interface LoggedInClient {
  account: LoadAccount;
  clientId: string;
  token: string;
  simulated: SimulatedClient;
}

export async function logIn(
  agent: Agent,
  base: URL,
  accounts: readonly LoadAccount[],
  district: District,
): Promise<LoggedInClient[]> {
  const clients: LoggedInClient[] = [];
  const chunk = 20;
  for (let start = 0; start < accounts.length; start += chunk) {
    const part = accounts.slice(start, start + chunk);
    const done = await Promise.all(
      part.map(async (account, offset) => {
        const index = start + offset;
        const clientId = `tai-thu-${index}`;
        const answer = await postJson(
          agent,
          base,
          '/auth/login',
          { username: account.username, password: PASSWORD, clientId },
          null,
        );
        if (answer.status !== 200) throw new Error(`login ${account.username}: ${JSON.stringify(answer)}`);
        const session = answer.body as Session;
        const lead = district.leadUnits.find((u) => u.unitId === account.unitId);
        const simulated = new SimulatedClient({
          index,
          role: account.role,
          district,
          unitTasks: lead?.tasks ?? district.tasks,
          ownTasks: account.tasks,
        });
        return { account, clientId, token: session.accessToken, simulated };
      }),
    );
    clients.push(...done);
  }
  return clients;
}

/** A fixed size, or 1–50 changes (uniform): what a replica's outbox holds after minutes to hours. */
function batchSize(batch: number | null, rand: () => number): number {
  return batch ?? 1 + Math.floor(rand() * 50);
}

/** Runs one client's loop; pushes ending before `countFrom` (warm-up) or after `deadline` do not count. */
export async function runClient(
  agent: Agent,
  base: URL,
  client: LoggedInClient,
  timing: { countFrom: number; deadline: number; batch: number | null },
  tally: ClientTally,
): Promise<void> {
  const rand = random(Number.parseInt(client.simulated.nodeId, 16) % 2 ** 31);
  while (performance.now() < timing.deadline) {
    const changes = client.simulated.batch(batchSize(timing.batch, rand));
    const started = performance.now();
    let answer;
    try {
      answer = await postJson(
        agent,
        base,
        '/sync/push',
        { schemaVersion: SYNC_SCHEMA_VERSION, clientId: client.clientId, changes },
        client.token,
      );
    } catch (error) {
      tally.errors.push(String(error));
      continue;
    }
    const ended = performance.now();
    if (answer.status !== 200) {
      if (tally.errors.length < 50)
        tally.errors.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      else tally.errors.push(String(answer.status));
      continue;
    }
    const { results } = answer.body as PushResponse;
    const taken = new Set(results.filter((r) => r.status === 'accepted').map((r) => r.changeId));
    client.simulated.seen.accepted(changes.filter((c) => taken.has(c.changeId)));
    if (ended < timing.countFrom || ended > timing.deadline) continue;
    let accepted = 0;
    let conflicts = 0;
    for (const result of results) {
      if (result.status === 'accepted') {
        accepted += 1;
        conflicts += result.conflicts.length;
      } else tally.rejected[result.code] = (tally.rejected[result.code] ?? 0) + 1;
    }
    tally.samples.push({ ms: ended - started, changes: changes.length, accepted, conflicts });
  }
}
