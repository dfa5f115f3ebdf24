import type Dexie from 'dexie';
import { quarantineUnsafeOutbox } from './unsafe-outbox.ts';

/**
 * The local database's schema as numbered steps. A step is never edited once released: a change is a new
 * step with its own `stores` (Dexie keeps the union) and, when rows must be rewritten, an `upgrade`.
 * Every record table is indexed by `id` and `spaceId` plus what its lists need.
 */
export interface Migration {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  upgrade?: (
    tx: Parameters<NonNullable<Parameters<ReturnType<Dexie['version']>['upgrade']>[0]>>[0],
  ) => Promise<void>;
}

const version1Records: Record<string, string> = {
  unit: 'id, spaceId, kind, parentId',
  person: 'id, spaceId, unitId',
  programme: 'id, spaceId, code, termStart',
  indicator: 'id, spaceId, programmeId, [programmeId+number], leadUnitId',
  indicatorPeriod: 'id, spaceId, indicatorId, programmeId',
  plan: 'id, spaceId, programmeId, [programmeId+year]',
  task: [
    'id',
    'spaceId',
    'leadUnitId',
    'status',
    'deadline',
    '[leadUnitId+status]',
    '[leadUnitId+deadline]',
    '[status+deadline]',
    '*cooperatingUnitIds',
    'source.meetingId',
    'source.conclusionId',
    'source.programmeId',
    'source.planId',
    'difficultRegistrantId',
  ].join(', '),
  taskUpdate: 'id, spaceId, taskId, [taskId+reportDate]',
  meeting: 'id, spaceId, startsAt, kind',
  agendaItem: 'id, spaceId, meetingId, [meetingId+order]',
  attendee: 'id, spaceId, meetingId, personId',
  speech: 'id, spaceId, meetingId, agendaItemId',
  conclusion: 'id, spaceId, meetingId, [meetingId+number]',
  resolution: 'id, spaceId, meetingId, [meetingId+number]',
  comment: 'id, spaceId, meetingId, agendaItemId',
};

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'Records of the three jobs, outbox, field history, meta',
    stores: {
      ...version1Records,
      outbox: '++seq, &changeId, recordId',
      history: '++seq, [entity+recordId], recordId',
      meta: 'key',
    },
  },
  {
    version: 2,
    description: 'Sync: changes the server did not accept, and the conflict inbox',
    stores: {
      rejected: '++seq, &changeId, recordId',
      conflicts: 'id, recordId, resolvedAt',
      // Tombstones indexed, so live rows are counted without a scan (the pull's mass-deletion guard).
      ...Object.fromEntries(
        Object.entries(version1Records).map(([table, spec]) => [table, `${spec}, _deleted`]),
      ),
    },
  },
  {
    version: 3,
    description: 'Outbox changes holding NUL, lone surrogates or control characters move to the refused list',
    stores: {},
    upgrade: async (tx) => {
      await quarantineUnsafeOutbox(tx, Date.now());
    },
  },
  {
    version: 4,
    description: 'Changes and records of entities this release does not know, kept until it learns them',
    stores: { unknownChanges: '++seq, entity, spaceId' },
  },
  {
    version: 5,
    description:
      'Yjs documents (minutes, notes): their update log, what is known of the server copy, side copies',
    stores: {
      docUpdates: '++seq, docId, [docId+unsent]',
      docState: 'docId',
      docSideCopies: '++id, docId',
    },
  },
  {
    version: 6,
    description:
      "The chair's approval of the minutes (a record per meeting); documents open from a checkpoint plus the rows after it",
    stores: {
      minutesSignOff: 'id, spaceId, meetingId, _deleted',
      docUpdates: '++seq, docId, [docId+unsent], [docId+seq]',
      docCheckpoints: 'docId',
    },
  },
  {
    version: 7,
    description: "Files attached to records (their bytes live in main's blob store), by owner and by series",
    stores: {
      attachment:
        'id, spaceId, seriesId, sha256, owner.meetingId, owner.agendaItemId, owner.programmeId, owner.taskId, _deleted',
    },
  },
];

export function applyMigrations(db: Dexie, steps: readonly Migration[] = migrations): void {
  for (const step of steps) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
