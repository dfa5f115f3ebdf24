import { and, asc, eq } from 'drizzle-orm';
import { personSchema, unitSchema } from '../../shared/domain/directory.ts';
import { DIRECTORY_SPACE } from '../../shared/domain/space.ts';
import { formatHlc } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import { MAX_PUSH_CHANGES, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { findUserByUsername, loadPrincipal } from '../auth/user-store.ts';
import type { Database } from '../db/database.ts';
import { records } from '../db/schema.ts';
import { push } from '../sync/push/push-service.ts';
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

/**
 * Pushes directory records as `username`'s changes, through the path every client's push takes
 * (validated, versioned, audited, announced), so every app receives them by sync.
 */
export async function pushDirectory(
  database: Database,
  username: string,
  list: ReadonlyArray<{ entity: 'unit' | 'person'; record: Record<string, unknown> }>,
) {
  const user = await findUserByUsername(database.orm, username);
  if (!user?.isAdmin) throw new AdminError(serverMessage('admin.needAdmin', { username }));
  const loaded = await loadPrincipal(database.orm, user.id);
  if (!loaded) throw new AdminError(serverMessage('admin.grantsUnreadable', { username }));
  const now = Date.now();
  const hlc = formatHlc({ wallMs: now, counter: 0, nodeId: ADMIN_NODE });
  const changes: RecordChange[] = list.map(({ entity, record }) => {
    const { id, spaceId, ...fields } = record;
    return { changeId: uuidv7(now), entity, recordId: String(id), spaceId: String(spaceId), hlc, fields };
  });
  const pusher = { principal: loaded.principal, userId: user.id, userName: user.displayName };
  for (let start = 0; start < changes.length; start += MAX_PUSH_CHANGES) {
    const request = {
      schemaVersion: SYNC_SCHEMA_VERSION,
      clientId: 'admin-cli',
      changes: changes.slice(start, start + MAX_PUSH_CHANGES),
    };
    const response = await push({ database, now: () => now }, pusher, request);
    const refused = response.results.find((result) => result.status === 'rejected');
    if (refused) throw new AdminError(serverMessage('admin.pushRefused', { reason: refused.reason }));
  }
}

export async function createUnit(database: Database, input: UnitInput & { by: string }) {
  const record = unitRecord(input);
  if (input.parentId) await requireUnit(database, input.parentId);
  await pushDirectory(database, input.by, [{ entity: 'unit', record }]);
  return { id: record['id'] };
}

export async function createPerson(database: Database, input: PersonInput & { by: string }) {
  const record = personRecord(input);
  await requireUnit(database, input.unitId);
  await pushDirectory(database, input.by, [{ entity: 'person', record }]);
  return { id: record['id'] };
}

async function liveRecords(database: Database, entity: 'unit' | 'person') {
  const rows = await database.orm
    .select({ data: records.data })
    .from(records)
    .where(and(eq(records.entity, entity), eq(records.deleted, false)))
    .orderBy(asc(records.id));
  return rows.map((row) => row.data);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The units as a tree, one line each: indented under their parent, with the short name and the id. */
export async function listUnits(database: Database): Promise<string[]> {
  const units = (await liveRecords(database, 'unit')).sort((a, b) =>
    text(a['name']).localeCompare(text(b['name']), 'vi'),
  );
  const ids = new Set(units.map((unit) => text(unit['id'])));
  const children = new Map<string, typeof units>();
  for (const unit of units) {
    // A unit whose parent is not held (or is gone) shows at the top, not lost.
    const parent = ids.has(text(unit['parentId'])) ? text(unit['parentId']) : '';
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const lines: string[] = [];
  const seen = new Set<string>();
  const walk = (parent: string, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      const id = text(unit['id']);
      if (seen.has(id)) continue;
      seen.add(id);
      const short = text(unit['shortName']) ? ` (${text(unit['shortName'])})` : '';
      lines.push(`${'  '.repeat(depth)}${text(unit['name'])}${short} [${text(unit['kind'])}] ${id}`);
      walk(id, depth + 1);
    }
  };
  walk('', 0);
  return lines;
}

export async function listPeople(database: Database, options: { unitId?: string }) {
  const units = new Map((await liveRecords(database, 'unit')).map((u) => [text(u['id']), text(u['name'])]));
  return (await liveRecords(database, 'person'))
    .filter((person) => options.unitId === undefined || person['unitId'] === options.unitId)
    .map((person) => ({
      id: text(person['id']),
      name: text(person['name']),
      position: text(person['position']),
      unitId: text(person['unitId']),
      unit: units.get(text(person['unitId'])) ?? '',
    }));
}
