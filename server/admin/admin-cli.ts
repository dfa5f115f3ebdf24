import { parseArgs } from 'node:util';
import type { Database } from '../db/database.ts';
import { compactChanges, syncStatus } from '../sync/log/compaction.ts';
import { bootstrap } from './bootstrap.ts';
import { grantCapability, listCapabilities, revokeCapability } from './capability-admin.ts';
import { seedDemo } from './seed-demo.ts';
import { createPerson, createUnit, listPeople, listUnits } from './directory-admin.ts';
import {
  AdminError,
  createUser,
  grantRole,
  listUsersWithGrants,
  resetPassword,
  revokeRole,
  setDisabled,
} from './user-admin.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/**
 * `node server/cli.ts admin <command> [--options]`: account and maintenance commands, run against the
 * same database the server uses (DATABASE_URL, or PGlite in DATA_DIR — stop the server first then).
 */
export const ADMIN_USAGE = serverMessage('admin.usage');

const OPTIONS = {
  username: { type: 'string' },
  password: { type: 'string' },
  name: { type: 'string' },
  unit: { type: 'string' },
  person: { type: 'string' },
  space: { type: 'string' },
  role: { type: 'string' },
  before: { type: 'string' },
  file: { type: 'string' },
  capability: { type: 'string' },
  short: { type: 'string' },
  kind: { type: 'string' },
  parent: { type: 'string' },
  position: { type: 'string' },
  by: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function need(values: Values, key: keyof typeof OPTIONS): string {
  const value = values[key];
  if (typeof value !== 'string' || value === '')
    throw new AdminError(serverMessage('admin.missingOption', { option: key }));
  return value;
}

type Command = (database: Database, values: Values) => Promise<unknown>;

const holderOptions = (v: Values) => ({
  ...(v.username !== undefined ? { username: v.username } : {}),
  ...(v.unit !== undefined ? { unit: v.unit } : {}),
});

const COMMANDS: Readonly<Record<string, Command>> = {
  'create-admin': (db, v) =>
    createUser(db, {
      username: need(v, 'username'),
      password: need(v, 'password'),
      displayName: v.name ?? serverMessage('admin.defaultAdminName'),
      isAdmin: true,
      unitId: v.unit ?? null,
      personId: v.person ?? null,
    }),
  'create-user': (db, v) =>
    createUser(db, {
      username: need(v, 'username'),
      password: need(v, 'password'),
      displayName: need(v, 'name'),
      unitId: v.unit ?? null,
      personId: v.person ?? null,
    }),
  grant: (db, v) =>
    grantRole(db, { username: need(v, 'username'), spaceId: need(v, 'space'), role: need(v, 'role') }),
  revoke: (db, v) => revokeRole(db, { username: need(v, 'username'), spaceId: need(v, 'space') }),
  'reset-password': (db, v) =>
    resetPassword(db, { username: need(v, 'username'), password: need(v, 'password') }),
  'disable-user': (db, v) => setDisabled(db, { username: need(v, 'username'), disabled: true }),
  'enable-user': (db, v) => setDisabled(db, { username: need(v, 'username'), disabled: false }),
  'list-users': (db) => listUsersWithGrants(db),
  'create-unit': (db, v) =>
    createUnit(db, {
      name: need(v, 'name'),
      shortName: v.short ?? null,
      ...(v.kind !== undefined ? { kind: v.kind } : {}),
      parentId: v.parent ?? null,
      by: need(v, 'by'),
    }),
  'list-units': (db) => listUnits(db),
  'create-person': (db, v) =>
    createPerson(db, {
      name: need(v, 'name'),
      position: need(v, 'position'),
      unitId: need(v, 'unit'),
      by: need(v, 'by'),
    }),
  'list-people': (db, v) => listPeople(db, v.unit !== undefined ? { unitId: v.unit } : {}),
  'sync-status': (db) => syncStatus(db),
  'seed-demo': (db, v) => seedDemo(db, { username: need(v, 'username') }),
  bootstrap: (db, v) => bootstrap(db, need(v, 'file')),
  'capability grant': (db, v) =>
    grantCapability(db, { ...holderOptions(v), capability: need(v, 'capability') }),
  'capability revoke': (db, v) =>
    revokeCapability(db, { ...holderOptions(v), capability: need(v, 'capability') }),
  'capability list': (db) => listCapabilities(db),
  compact: (db, v) => {
    const before = Number(need(v, 'before'));
    if (!Number.isSafeInteger(before) || before < 1) throw new AdminError(serverMessage('admin.badBefore'));
    return compactChanges(db, before);
  },
};

export function parseAdminArgs(args: readonly string[]): { command: string; values: Values } {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
  // `capability grant|revoke|list` is one command of two words.
  const first = positionals[0] ?? '';
  if (first === 'capability' && !['grant', 'revoke', 'list'].includes(positionals[1] ?? ''))
    throw new AdminError(serverMessage('admin.badCapabilityAction'));
  const command = first === 'capability' ? `capability ${positionals[1] ?? ''}` : first;
  if (!Object.hasOwn(COMMANDS, command))
    throw new AdminError(serverMessage('admin.badCommand', { command, usage: ADMIN_USAGE }));
  return { command, values };
}

/** Runs one admin command; its result (if any) is printed as JSON. */
export async function runAdminCommand(database: Database, command: string, values: Values): Promise<unknown> {
  const run = COMMANDS[command];
  if (!run) throw new AdminError(serverMessage('admin.badCommand', { command, usage: ADMIN_USAGE }));
  return (await run(database, values)) ?? { ok: true };
}
