import { and, eq } from 'drizzle-orm';
import { personSchema, unitSchema } from '../../shared/domain/directory.ts';
import { DIRECTORY_SPACE } from '../../shared/domain/space.ts';
import { formatHlc } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import { MAX_PUSH_CHANGES, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { findUserByUsername, loadPrincipal } from '../auth/user-store.ts';
import type { Database } from '../db/database.ts';
import { records } from '../db/schema.ts';
import { push, type PushContext, type Pusher } from '../sync/push/push-service.ts';
import { operatorActor, recordAdminAction, type AdminActor } from './admin-audit.ts';
import { unitTree } from './directory-read.ts';
import { AdminError } from './user-admin.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/** Node id of the admin commands' writes in the HLC: recognisable in the audit log. */
const ADMIN_NODE = 'ad00ad00ad00ad00';

/** A unit or a person refused by its schema: the CLI exits 2 for these (a wrong input, not a failure). */
export class DirectoryInputError extends AdminError {
  readonly exitCode = 2;
}

/** The option (or bootstrap field) each schema field comes from, so a refusal names what to fix. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: '--kind',
  name: '--name',
  shortName: '--short',
  parentId: '--parent',
  position: '--position',
  unitId: '--unit',
};

export interface UnitInput {
  name: string;
  shortName?: string | null;
  kind?: string;
  parentId?: string | null;
}

export interface PersonInput {
  name: string;
  position: string;
  unitId: string;
}

type Schema = { safeParse(value: unknown): { success: boolean; error?: { issues: readonly Issue[] } } };
type Issue = { path: readonly PropertyKey[]; message: string };

function validated(schema: Schema, record: Record<string, unknown>, what: 'unit' | 'person') {
  const parsed = schema.safeParse(record);
  if (parsed.success) return record;
  const issues = (parsed.error?.issues ?? []).map((issue) => {
    const field = String(issue.path[0] ?? '');
    return `${FIELD_LABELS[field] ?? field} ${issue.message}`.trim();
  });
  const key = what === 'unit' ? 'admin.badUnit' : 'admin.badPerson';
  throw new DirectoryInputError(serverMessage(key, { issues: issues.join('; ') }));
}

/** A unit record, checked by the unit schema; `id` given by bootstrap (keys resolved ahead). */
export function unitRecord(input: UnitInput, id = uuidv7(Date.now())): Record<string, unknown> {
  const record = {
    id,
    spaceId: DIRECTORY_SPACE,
    kind: input.kind ?? 'ward',
    parentId: input.parentId ?? null,
    name: input.name,
    shortName: input.shortName ?? null,
  };
  return validated(unitSchema, record, 'unit');
}

export function personRecord(input: PersonInput, id = uuidv7(Date.now())): Record<string, unknown> {
  const record = {
    id,
    spaceId: DIRECTORY_SPACE,
    name: input.name,
    position: input.position,
    unitId: input.unitId,
    email: null,
    phone: null,
  };
  return validated(personSchema, record, 'person');
}

async function requireUnit(database: Database, id: string) {
  const rows = await database.orm
    .select({ id: records.id })
    .from(records)
    .where(and(eq(records.entity, 'unit'), eq(records.id, id), eq(records.deleted, false)));
  if (rows.length === 0) throw new DirectoryInputError(serverMessage('admin.noUnit', { id }));
}

/** The admin account `username` as a pusher: the admin CLI's and the bootstrap's directory writes. */
export async function adminPusher(database: Database, username: string): Promise<Pusher> {
  const user = await findUserByUsername(database.orm, username);
  if (!user?.isAdmin) throw new AdminError(serverMessage('admin.needAdmin', { username }));
  const loaded = await loadPrincipal(database.orm, user.id);
  if (!loaded) throw new AdminError(serverMessage('admin.grantsUnreadable', { username }));
  return { principal: loaded.principal, userId: user.id, userName: user.displayName };
}

/**
 * Pushes directory records as the pusher's changes, through the path every client's push takes
 * (validated, versioned, audited, announced), so every app receives them by sync.
 */
export async function pushDirectory(
  context: PushContext,
  pusher: Pusher,
  list: ReadonlyArray<{ entity: 'unit' | 'person'; record: Record<string, unknown> }>,
) {
  const now = context.now();
  const hlc = formatHlc({ wallMs: now, counter: 0, nodeId: ADMIN_NODE });
  const changes: RecordChange[] = list.map(({ entity, record }) => {
    const { id, spaceId, ...fields } = record;
    return { changeId: uuidv7(now), entity, recordId: String(id), spaceId: String(spaceId), hlc, fields };
  });
  for (let start = 0; start < changes.length; start += MAX_PUSH_CHANGES) {
    const request = {
      schemaVersion: SYNC_SCHEMA_VERSION,
      clientId: 'admin',
      changes: changes.slice(start, start + MAX_PUSH_CHANGES),
    };
    const response = await push(context, pusher, request);
    const refused = response.results.find((result) => result.status === 'rejected');
    if (refused) throw new AdminError(serverMessage('admin.pushRefused', { reason: refused.reason }));
  }
}

/** Where a directory write runs: the database, the clock, and the server's push queue when it has one. */
export type DirectoryContext = PushContext & { database: Database };

/** Who writes: the pusher whose changes they are, and the actor the admin audit names. */
export interface DirectoryWriter {
  pusher: Pusher;
  actor: AdminActor;
}

/** The CLI's writer on the database directly: the admin `by` pushes, the machine's operator is audited. */
export async function cliWriter(database: Database, by: string): Promise<DirectoryWriter> {
  return { pusher: await adminPusher(database, by), actor: operatorActor() };
}

export async function createUnit(context: DirectoryContext, writer: DirectoryWriter, input: UnitInput) {
  const record = unitRecord(input);
  if (input.parentId) await requireUnit(context.database, input.parentId);
  await pushDirectory(context, writer.pusher, [{ entity: 'unit', record }]);
  const id = String(record['id']);
  const details = { name: record['name'], shortName: record['shortName'], parentId: record['parentId'] };
  await recordAdminAction(
    context.database.orm,
    writer.actor,
    { action: 'unit.create', target: id, details },
    context.now(),
  );
  const unit = (await unitTree(context.database)).find((candidate) => candidate.id === id);
  if (!unit) throw new AdminError(serverMessage('admin.noUnit', { id }));
  return unit;
}

export async function createPerson(context: DirectoryContext, writer: DirectoryWriter, input: PersonInput) {
  const record = personRecord(input);
  await requireUnit(context.database, input.unitId);
  await pushDirectory(context, writer.pusher, [{ entity: 'person', record }]);
  const id = String(record['id']);
  const details = { name: record['name'], position: record['position'], unitId: record['unitId'] };
  await recordAdminAction(
    context.database.orm,
    writer.actor,
    { action: 'person.create', target: id, details },
    context.now(),
  );
  return {
    id,
    name: input.name.normalize('NFC').trim(),
    position: String(record['position']),
    unitId: input.unitId,
  };
}
