import fc from 'fast-check';
import { IDBKeyRange, IDBFactory } from 'fake-indexeddb';
import { describe, expect, inject, it } from 'vitest';
import type { BackupFile } from '../../../shared/backup/backup-file.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { entityNames } from '../../../shared/domain/registry.ts';
import { compareHlc, formatHlc, MAX_STAMP_AHEAD_MS } from '../../../shared/hlc/index.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import type { SyncUser } from '../../../shared/sync/protocol.ts';
import type { SyncServerInfo } from '../../../shared/sync/test-server-info.ts';
import { commandArbitrary, emptyStats, type Command, type ModelStats } from '../../test/convergence-model.ts';
import { serverSpaceState, setGrant } from '../../test/server-state.ts';
import { createTestClient, syncTolerant, type TestClient } from '../../test/sync-clients.ts';
import { createWorld, type World } from '../../test/sync-world.ts';
import { exportBackup, restoreBackup } from '../db/backup.ts';
import { openCopy } from '../db/copies.ts';
import { normaliseServerUrl } from '../db/copy-name.ts';
import type { LocalDb } from '../db/local-db.ts';
import { createRecord, deleteRecord, RecordNotFound, updateRecord, ValidationFailure } from '../db/write.ts';

/**
 * The convergence model (issue 13): several machines, each holding one working copy per official who
 * signed in on it, make random offline edits (task fields, indicator results, id-set fields, deletes) and
 * sync in random orders over a lossy line (dropped, repeated, concurrent messages) with a real server.
 * Mixed in: a read-only official whose edits the server refuses, an official granted the space and
 * losing it mid-run, a machine that joins (a first snapshot of several pages) while another office
 * reorders the spaces, backups restored, a machine switched to another official, poisoned text, and a
 * machine whose clock is three days fast and edits before its first sync. At the end every copy that
 * may read the space holds exactly what the server stores, no accepted edit is lost, nothing is left
 * unsent, and no clock is dragged ahead. What happened is counted and printed, and each kind must have
 * happened in the runs CI makes (`SYNC_RUNS`, 25 by default).
 */
const servers = inject('syncServers');
/** The server of the backend being run (the model runs on each: PGlite, and PostgreSQL when set). */
let server: SyncServerInfo = servers[0] as SyncServerInfo;
const DAY = 24 * 3_600_000;
const taskFields = ['title', 'status', 'progress', 'description'] as const;
const statuses = ['not_started', 'in_progress', 'done', 'paused'] as const;
const units = [
  '0190f5a0-0000-7000-8000-00000000c001',
  '0190f5a0-0000-7000-8000-00000000c002',
  '0190f5a0-0000-7000-8000-00000000c003',
];

interface Machine {
  name: string;
  idb: IDBFactory;
  copies: Map<string, TestClient>;
  active: TestClient;
  backups: Map<string, BackupFile>;
  now: () => number;
}

interface Run {
  world: World;
  machines: Machine[];
  reader: TestClient;
  newcomer: TestClient;
  granted: boolean;
  joiners: TestClient[];
  setEditors: Set<number>;
  reorders: number;
}

async function openOn(machine: Pick<Machine, 'name' | 'idb'>, user: SyncUser): Promise<LocalDb> {
  const place = { profileId: machine.name, env: { indexedDB: machine.idb, IDBKeyRange } };
  const account = {
    serverUrl: normaliseServerUrl(server.url),
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
  };
  return (await openCopy(place, account, Date.now())).db;
}

async function newMachine(name: string, user: { username: string; password: string }, now = Date.now) {
  const idb = new IDBFactory();
  const active = await createTestClient(server.url, user, name, {
    now,
    machine: { indexedDB: idb, open: (signedIn) => openOn({ name, idb }, signedIn) },
    snapshotPageLimit: 20,
  });
  const machine: Machine = {
    name,
    idb,
    copies: new Map([[user.username, active]]),
    active,
    backups: new Map(),
    now,
  };
  return machine;
}

/** Edits fail like in the UI when the record is gone, or not on this copy (yet). */
async function tolerateMissing(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof RecordNotFound)) throw error;
  }
}

async function editField(client: TestClient, world: World, target: number, field: number, value: number) {
  if (target < 3) {
    const id = world.taskIds[target] ?? '';
    const name = taskFields[field] ?? 'title';
    const next =
      name === 'status'
        ? statuses[value % 4]
        : name === 'progress'
          ? value
          : `${client.name}: ${name} ${value}`;
    await tolerateMissing(() => updateRecord(client.write, 'task', id, { [name]: next }));
  } else {
    const id = world.periodIds[target - 3] ?? '';
    const patch = field % 2 === 0 ? { result: value + 0.5 } : { note: `${client.name} ${value}` };
    await tolerateMissing(() => updateRecord(client.write, 'indicatorPeriod', id, patch));
  }
}

async function setEdit(client: TestClient, world: World, cmd: Extract<Command, { kind: 'setEdit' }>) {
  const id = world.taskIds[cmd.target] ?? '';
  const task = await client.db.task.get(id);
  if (!task || task._deleted) return;
  const unit = units[cmd.unit] ?? '';
  const has = task.cooperatingUnitIds.includes(unit);
  if (cmd.add === has) return;
  const next = cmd.add
    ? [...task.cooperatingUnitIds, unit]
    : task.cooperatingUnitIds.filter((u) => u !== unit);
  await updateRecord(client.write, 'task', id, { cooperatingUnitIds: next });
}

/** Poisoned text: the write path refuses it; an old outbox holding it is refused by the server alone. */
async function poison(client: TestClient, world: World, surrogate: boolean, stats: ModelStats) {
  const id = world.taskIds[0] ?? '';
  const task = await client.db.task.get(id);
  if (!task) return;
  try {
    await updateRecord(client.write, 'task', id, { title: 'Báo cáo \u0000 quý I' });
  } catch (error) {
    if (!(error instanceof ValidationFailure || error instanceof RecordNotFound)) throw error;
    if (error instanceof ValidationFailure) stats.poisonRefusedLocally += 1;
  }
  await client.db.outbox.add({
    changeId: uuidv7(Date.now()),
    entity: 'task',
    recordId: id,
    spaceId: world.spaceId,
    hlc: formatHlc({ wallMs: Date.now(), counter: 0, nodeId: 'baadbaadbaadbaad' }),
    fields: { description: surrogate ? 'Nội dung \ud800 hỏng' : 'Nội dung \u0007 hỏng' },
    base: { description: task._clock.description ?? null },
    createdAt: Date.now(),
  });
}

/** Another office moves the programme's term: the order of spaces changes on the server. */
async function reorder(run: Run) {
  const office = run.machines[0]?.active;
  if (!office) return;
  run.reorders += 1;
  const termEnd = sampleRecords.programme.termStart + 1 + (run.reorders % 9);
  await tolerateMissing(() => updateRecord(office.write, 'programme', run.world.programmeId, { termEnd }));
  await syncTolerant(office);
}

async function step(run: Run, cmd: Command, stats: ModelStats, users: typeof server.users) {
  const machineOf = (i: number) => run.machines[i % run.machines.length] as Machine;
  switch (cmd.kind) {
    case 'edit':
      return editField(machineOf(cmd.machine).active, run.world, cmd.target, cmd.field, cmd.value);
    case 'setEdit':
      run.setEditors.add(cmd.machine % run.machines.length);
      return setEdit(machineOf(cmd.machine).active, run.world, cmd);
    case 'readerEdit':
      return editField(run.reader, run.world, cmd.target, cmd.target % 2, cmd.value);
    case 'poison':
      return poison(machineOf(cmd.machine).active, run.world, cmd.surrogate, stats);
    case 'sync': {
      const client = machineOf(cmd.machine).active;
      client.faults = [...cmd.faults];
      await syncTolerant(client);
      client.faults = [];
      return;
    }
    case 'concurrent':
      await Promise.all([syncTolerant(machineOf(cmd.a).active), syncTolerant(machineOf(cmd.b).active)]);
      return;
    case 'delete':
      return tolerateMissing(() =>
        deleteRecord(machineOf(cmd.machine).active.write, 'task', run.world.taskIds[cmd.target] ?? ''),
      );
    case 'grantToggle': {
      if (!run.granted) {
        await setGrant(server.controlUrl, 'grant', {
          username: server.newcomer.username,
          spaceId: run.world.spaceId,
          role: 'write',
        });
        run.granted = true;
        stats.grantsAdded += 1;
        return syncTolerant(run.newcomer).then(() => undefined);
      }
      const pending = await run.newcomer.db.outbox
        .filter((entry) => entry.spaceId === run.world.spaceId)
        .count();
      await setGrant(server.controlUrl, 'revoke', {
        username: server.newcomer.username,
        spaceId: run.world.spaceId,
      });
      run.granted = false;
      stats.grantsRevoked += 1;
      if (pending > 0) stats.revokedWithEditsPending += 1;
      return;
    }
    case 'newcomerEdit':
      return editField(run.newcomer, run.world, cmd.target, cmd.value % 4, cmd.value);
    case 'join': {
      if (run.joiners.length > 0) return;
      const user = users[run.joiners.length % users.length] ?? users[0];
      if (!user) return;
      const joiner = (await newMachine(`${run.machines[0]?.name}-moi-vao`, user)).active;
      joiner.afterSnapshotPage = () => reorder(run);
      run.joiners.push(joiner);
      await syncTolerant(joiner);
      if (joiner.seen.snapshotPages > 1) stats.joinsOverSeveralPages += 1;
      if (joiner.seen.resyncs > 0) stats.joinsThatResynced += 1;
      return;
    }
    case 'backupOrRestore': {
      const machine = machineOf(cmd.machine);
      const backup = machine.backups.get(machine.active.user.username);
      if (!backup) {
        const made = await exportBackup(machine.active.db, machine.name, Date.now());
        machine.backups.set(machine.active.user.username, made);
        return;
      }
      await restoreBackup(machine.active.db, backup, machine.now());
      machine.backups.delete(machine.active.user.username);
      stats.restores += 1;
      return;
    }
    case 'switch': {
      const machine = machineOf(cmd.machine);
      const user = users[cmd.user % users.length];
      if (!user || user.username === machine.active.user.username) return;
      const existing = machine.copies.get(user.username);
      machine.active =
        existing ??
        (await createTestClient(server.url, user, `${machine.name}-${user.username}`, {
          now: machine.now,
          machine: { indexedDB: machine.idb, open: (signedIn) => openOn(machine, signedIn) },
          snapshotPageLimit: 20,
        }));
      machine.copies.set(user.username, machine.active);
      stats.userSwitches += 1;
      return syncTolerant(machine.active).then(() => undefined);
    }
  }
}

/** Every record of the space as this copy stores it, keyed like the server's. */
async function copyState(db: LocalDb, spaceId: string): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> = {};
  for (const entity of entityNames) {
    for (const row of await db.table(entity).where('spaceId').equals(spaceId).toArray())
      state[`${entity}:${String(row.id)}`] = row;
  }
  return state;
}

function allCopies(run: Run): TestClient[] {
  return [...run.machines.flatMap((m) => [...m.copies.values()]), run.reader, run.newcomer, ...run.joiners];
}

async function check(run: Run, stats: ModelStats) {
  const copies = allCopies(run);
  // Back online, no faults: two rounds each bring every copy up to date.
  for (let round = 0; round < 2; round++)
    for (const copy of copies) expect(await syncTolerant(copy)).toBe(true);
  const stored = await serverSpaceState(server.url, server.users[0] ?? server.reader, run.world.spaceId);
  expect(Object.keys(stored).length).toBeGreaterThanOrEqual(7);
  for (const copy of copies) {
    const state = await copyState(copy.db, run.world.spaceId);
    const mayRead = copy !== run.newcomer || run.granted;
    expect(state, `${copy.name} (${copy.user.username})`).toEqual(mayRead ? stored : {});
    expect(await copy.db.outbox.count(), `${copy.name}: nothing left unsent`).toBe(0);
    // No accepted edit disappears: each field ends at that edit or at a later one.
    for (const change of copy.accepted.values()) {
      const record = stored[`${change.entity}:${change.recordId}`] as
        { _clock: Record<string, string> } | undefined;
      if (!record) continue;
      for (const field of Object.keys(change.fields))
        expect(compareHlc(record._clock[field] ?? '', change.hlc)).toBeGreaterThanOrEqual(0);
    }
    const clock = await copy.db.meta.get('clock');
    if (clock?.key === 'clock')
      expect(clock.value.wallMs - Date.now()).toBeLessThan(MAX_STAMP_AHEAD_MS + 1_000);
    const refused = await copy.db.rejected.toArray();
    stats.poisonRefusedByServer += refused.filter((entry) => entry.message?.key === 'unsafe_text').length;
    if (copy === run.reader)
      stats.refusedReaderEdits += refused.filter((entry) => entry.code === 'forbidden').length;
  }
  if (run.setEditors.size >= 2) stats.setEditsOnSeveralReplicas += 1;
}

describe.each(servers.map((s) => [s.backend, s] as const))(
  'replicas converge with the server on %s',
  (_b, backend) => {
    it('whatever the edits, refusals, grants, joins, restores, switches, poison and clocks', async () => {
      server = backend;
      const stats = emptyStats();
      const writers = server.users;
      await fc.assert(
        fc.asyncProperty(
          fc
            .integer({ min: 3, max: 4 })
            .chain((n) =>
              fc.tuple(
                fc.constant(n),
                fc.array(commandArbitrary(n + 1, writers.length), { minLength: 8, maxLength: 30 }),
              ),
            ),
          async ([count, commands]) => {
            const programmeId = server.programmeIds[stats.runs % server.runs] ?? '';
            const tag = `r${stats.runs}`;
            stats.runs += 1;
            const machines: Machine[] = [];
            for (let i = 0; i < count; i += 1) {
              const user = writers[i % writers.length];
              if (!user) throw new Error('the sync suite needs test users');
              machines.push(await newMachine(`${tag}-may-${i}`, user));
            }
            const first = machines[0] as Machine;
            const world = await createWorld(first.active.write, programmeId);
            expect(await syncTolerant(first.active)).toBe(true);
            // A machine three days fast adds a task before it has ever synced.
            const fastNow = () => Date.now() + 3 * DAY;
            const fast = await newMachine(`${tag}-nhanh`, writers[1] ?? (writers[0] as never), fastNow);
            await createRecord(fast.active.write, 'task', {
              ...sampleRecords.task,
              id: uuidv7(Date.now()),
              spaceId: world.spaceId,
              title: 'Việc thêm trên máy nhanh 3 ngày',
              source: { kind: 'programme', programmeId },
              deadline: null,
              deadlineText: null,
            });
            machines.push(fast);
            for (const machine of machines.slice(1)) expect(await syncTolerant(machine.active)).toBe(true);
            stats.fastClockFirstSyncs += 1;
            const run: Run = {
              world,
              machines,
              reader: await createTestClient(server.url, server.reader, `${tag}-chi-xem`),
              newcomer: await createTestClient(server.url, server.newcomer, `${tag}-moi`),
              granted: false,
              joiners: [],
              setEditors: new Set(),
              reorders: 0,
            };
            expect(await syncTolerant(run.reader)).toBe(true);
            expect(await syncTolerant(run.newcomer)).toBe(true);
            try {
              for (const cmd of commands) await step(run, cmd, stats, writers);
              await check(run, stats);
            } finally {
              if (run.granted)
                await setGrant(server.controlUrl, 'revoke', {
                  username: server.newcomer.username,
                  spaceId: world.spaceId,
                });
            }
          },
        ),
        { numRuns: server.runs, endOnFailure: true, ...(server.seed === null ? {} : { seed: server.seed }) },
      );
      console.log(
        `convergence model on ${backend.backend}, what happened in ${stats.runs} runs:\n${JSON.stringify(stats, null, 2)}`,
      );
      for (const [kind, count] of Object.entries(stats)) expect(count, kind).toBeGreaterThan(0);
    }, 900_000);
  },
);
