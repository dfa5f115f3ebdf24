import fc from 'fast-check';
import type { Fault } from './sync-clients.ts';

/**
 * The commands of the convergence model: what officials and their machines do between syncs. Each names
 * a machine by index; the runner skips what cannot apply (an edit of a record a copy does not hold).
 * `grantToggle` grants the newcomer the run's space, or takes it away when they hold it; `backupOrRestore`
 * backs the active copy up, or restores its backup when it has one.
 */
export type Command =
  | { kind: 'edit'; machine: number; target: number; field: number; value: number }
  | { kind: 'setEdit'; machine: number; target: number; unit: number; add: boolean }
  | { kind: 'readerEdit'; target: number; value: number }
  | { kind: 'poison'; machine: number; surrogate: boolean }
  | { kind: 'sync'; machine: number; faults: Fault[] }
  | { kind: 'concurrent'; a: number; b: number }
  | { kind: 'delete'; machine: number; target: number }
  | { kind: 'grantToggle' }
  | { kind: 'newcomerEdit'; target: number; value: number }
  | { kind: 'join' }
  | { kind: 'backupOrRestore'; machine: number }
  | { kind: 'switch'; machine: number; user: number };

const fault = fc.constantFrom<Fault>('none', 'none', 'drop_request', 'drop_response', 'duplicate');

export function commandArbitrary(machines: number, users: number): fc.Arbitrary<Command> {
  const machine = fc.nat(machines - 1);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        machine,
        target: fc.nat(4),
        field: fc.nat(3),
        value: fc.nat(99),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('setEdit' as const),
        machine,
        target: fc.nat(2),
        unit: fc.nat(2),
        add: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('readerEdit' as const),
        target: fc.nat(4),
        value: fc.nat(99),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('poison' as const), machine, surrogate: fc.boolean() }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('sync' as const),
        machine,
        faults: fc.array(fault, { maxLength: 4 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('concurrent' as const), a: machine, b: machine }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), machine, target: fc.nat(2) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('grantToggle' as const) }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('newcomerEdit' as const),
        target: fc.nat(2),
        value: fc.nat(99),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('join' as const) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('backupOrRestore' as const), machine }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('switch' as const), machine, user: fc.nat(users - 1) }),
    },
  );
}

/** What actually happened across the runs: printed after them, and each must be above zero. */
export interface ModelStats {
  runs: number;
  refusedReaderEdits: number;
  grantsAdded: number;
  grantsRevoked: number;
  revokedWithEditsPending: number;
  joinsOverSeveralPages: number;
  joinsThatResynced: number;
  restores: number;
  userSwitches: number;
  poisonRefusedLocally: number;
  poisonRefusedByServer: number;
  setEditsOnSeveralReplicas: number;
  fastClockFirstSyncs: number;
}

export function emptyStats(): ModelStats {
  return {
    runs: 0,
    refusedReaderEdits: 0,
    grantsAdded: 0,
    grantsRevoked: 0,
    revokedWithEditsPending: 0,
    joinsOverSeveralPages: 0,
    joinsThatResynced: 0,
    restores: 0,
    userSwitches: 0,
    poisonRefusedLocally: 0,
    poisonRefusedByServer: 0,
    setEditsOnSeveralReplicas: 0,
    fastClockFirstSyncs: 0,
  };
}
