import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { compareHlc } from '../../../shared/hlc/index.ts';
import { createTestClient, syncTolerant, type Fault, type TestClient } from '../../test/sync-clients.ts';
import { createWorld, spaceState, type World } from '../../test/sync-world.ts';
import { recordTable } from '../db/local-db.ts';
import { deleteRecord, RecordNotFound, updateRecord } from '../db/write.ts';

const server = inject('syncServer');

type Command =
  | { kind: 'edit'; client: number; target: number; field: number; value: number }
  | { kind: 'sync'; client: number; faults: Fault[] }
  | { kind: 'concurrent'; a: number; b: number }
  | { kind: 'delete'; client: number; target: number };

const taskFields = ['title', 'status', 'progress', 'description'] as const;
const statuses = ['not_started', 'in_progress', 'done', 'paused'] as const;
const fault = fc.constantFrom<Fault>('none', 'none', 'drop_request', 'drop_response', 'duplicate');

const command = (clients: number): fc.Arbitrary<Command> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        client: fc.nat(clients - 1),
        target: fc.nat(4),
        field: fc.nat(3),
        value: fc.nat(99),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('sync' as const),
        client: fc.nat(clients - 1),
        faults: fc.array(fault, { maxLength: 4 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('concurrent' as const),
        a: fc.nat(clients - 1),
        b: fc.nat(clients - 1),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        client: fc.nat(clients - 1),
        target: fc.nat(2),
      }),
    },
  );

/** An offline edit as a user makes it: a task field or an indicator result. Edits of deleted records fail like in the UI. */
async function edit(client: TestClient, world: World, cmd: Extract<Command, { kind: 'edit' }>) {
  const { write } = client;
  try {
    if (cmd.target < 3) {
      const id = world.taskIds[cmd.target] ?? '';
      const field = taskFields[cmd.field] ?? 'title';
      const value =
        field === 'status'
          ? statuses[cmd.value % 4]
          : field === 'progress'
            ? cmd.value
            : `${client.name}: ${field} ${cmd.value}`;
      await updateRecord(write, 'task', id, { [field]: value });
    } else {
      const id = world.periodIds[cmd.target - 3] ?? '';
      await updateRecord(
        write,
        'indicatorPeriod',
        id,
        cmd.field % 2 === 0 ? { result: cmd.value + 0.5 } : { note: `${client.name} ${cmd.value}` },
      );
    }
  } catch (error) {
    if (!(error instanceof RecordNotFound)) throw error;
  }
}

async function run(clients: TestClient[], world: World, commands: Command[]) {
  for (const cmd of commands) {
    if (cmd.kind === 'edit') await edit(clients[cmd.client] as TestClient, world, cmd);
    else if (cmd.kind === 'delete') {
      await deleteRecord(
        (clients[cmd.client] as TestClient).write,
        'task',
        world.taskIds[cmd.target] ?? '',
      ).catch((e: unknown) => {
        if (!(e instanceof RecordNotFound)) throw e;
      });
    } else if (cmd.kind === 'sync') {
      const client = clients[cmd.client] as TestClient;
      client.faults = [...cmd.faults];
      await syncTolerant(client);
      client.faults = [];
    } else {
      // Two replicas syncing at once: their messages interleave at the server in any order.
      await Promise.all([
        syncTolerant(clients[cmd.a] as TestClient),
        syncTolerant(clients[cmd.b] as TestClient),
      ]);
    }
  }
}

describe('replicas converge with the server', () => {
  it('whatever the edits, the order of syncs, and lost, repeated or concurrent messages', async () => {
    let runIndex = 0;
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 3, max: 5 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(command(n), { minLength: 5, maxLength: 25 }))),
        async ([count, commands]) => {
          const programmeId = server.programmeIds[runIndex % server.runs] ?? '';
          runIndex += 1;
          const clients = await Promise.all(
            Array.from({ length: count }, (_, i) => {
              const user = server.users[i % server.users.length];
              if (!user) throw new Error('the sync suite needs test users');
              return createTestClient(server.url, user, `may-${i}`);
            }),
          );
          const world = await createWorld((clients[0] as TestClient).write, programmeId);
          expect(await syncTolerant(clients[0] as TestClient)).toBe(true);
          for (const client of clients.slice(1)) expect(await syncTolerant(client)).toBe(true);

          await run(clients, world, commands);

          // Back online, no faults: two rounds each bring every replica up to date.
          for (let round = 0; round < 2; round++)
            for (const client of clients) expect(await syncTolerant(client)).toBe(true);
          const states = await Promise.all(clients.map((client) => spaceState(client.db, world.spaceId)));
          expect(Object.keys(states[0] ?? {})).toHaveLength(7);
          for (const state of states.slice(1)) expect(state).toEqual(states[0]);
          for (const client of clients) expect(await client.db.outbox.count()).toBe(0);

          // No accepted edit disappears: each field ends at that edit or at a later one.
          for (const client of clients) {
            for (const change of client.accepted.values()) {
              const stored = await recordTable(clients[0]?.db ?? client.db, change.entity as 'task').get(
                change.recordId,
              );
              for (const field of Object.keys(change.fields)) {
                const stamp = stored?._clock[field] ?? '';
                expect(compareHlc(stamp, change.hlc)).toBeGreaterThanOrEqual(0);
              }
            }
          }
        },
      ),
      { numRuns: server.runs, endOnFailure: true },
    );
  }, 600_000);
});
