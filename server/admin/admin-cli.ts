import { parseArgs } from 'node:util';
import { serverMessage } from '../../shared/i18n/server.ts';
import type { Database } from '../db/database.ts';
import { compactChanges, syncStatus } from '../sync/log/compaction.ts';
import { operatorActor } from './admin-audit.ts';
import { serverAdminOps, type AdminOps } from './admin-ops.ts';
import { bootstrap } from './bootstrap.ts';
import { cliWriter } from './directory-admin.ts';
import { seedDemo } from './seed-demo.ts';
import { OPS_COMMANDS } from './admin-commands.ts';
import { ADMIN_OPTIONS, need, type Ask, type Values } from './admin-options.ts';
import { AdminError } from './user-admin.ts';

/**
 * `npm run server -- admin <command> [--options]`. With `--server URL` (or `--token-file`) the command
 * signs in to that running server as an administrator and goes through its administration API, so
 * nothing needs a stop; without, it works on the database directly (DATABASE_URL, or the PGlite folder in
 * DATA_DIR, which a running server holds locked: that way is for the first admin and for maintenance).
 */
export const ADMIN_USAGE = serverMessage('admin.usage');
export type { Values } from './admin-options.ts';

type DirectCommand = (database: Database, values: Values) => Promise<unknown>;

/** The commands that work on the database only: maintenance and loading, not day-to-day administration. */
const DIRECT_COMMANDS: Readonly<Record<string, DirectCommand>> = {
  'sync-status': (db) => syncStatus(db),
  'seed-demo': (db, v) => seedDemo(db, { username: need(v, 'username') }),
  bootstrap: (db, v) => bootstrap(db, need(v, 'file')),
  compact: (db, v) => {
    const before = Number(need(v, 'before'));
    if (!Number.isSafeInteger(before) || before < 1) throw new AdminError(serverMessage('admin.badBefore'));
    return compactChanges(db, before);
  },
};

/** Signing in and out of a server for the commands that follow (admin-session.ts does the work). */
export const SESSION_COMMANDS = ['login', 'logout'] as const;

export function isDirectOnly(command: string): boolean {
  return Object.hasOwn(DIRECT_COMMANDS, command);
}

export function parseAdminArgs(args: readonly string[]): { command: string; values: Values } {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: ADMIN_OPTIONS,
    allowPositionals: true,
  });
  // `capability grant|revoke|list` is one command of two words.
  const first = positionals[0] ?? '';
  if (first === 'capability' && !['grant', 'revoke', 'list'].includes(positionals[1] ?? ''))
    throw new AdminError(serverMessage('admin.badCapabilityAction'));
  const command = first === 'capability' ? `capability ${positionals[1] ?? ''}` : first;
  const known =
    Object.hasOwn(OPS_COMMANDS, command) ||
    isDirectOnly(command) ||
    (SESSION_COMMANDS as readonly string[]).includes(command);
  if (!known) throw new AdminError(serverMessage('admin.badCommand', { command, usage: ADMIN_USAGE }));
  return { command, values };
}

const noQuestions: Ask = async (option) => {
  throw new AdminError(serverMessage('admin.missingOption', { option }));
};

/** The operations on the database directly, audited as the machine's operator; `--by` pushes the directory. */
export function directOps(database: Database, values: Values): AdminOps {
  return serverAdminOps(
    { database, now: Date.now },
    { actor: operatorActor(), writer: () => cliWriter(database, need(values, 'by')) },
  );
}

/** Runs one admin command; its result (if any) is printed as JSON. */
export async function runAdminCommand(
  database: Database,
  command: string,
  values: Values,
  ask: Ask = noQuestions,
): Promise<unknown> {
  const direct = DIRECT_COMMANDS[command];
  if (direct) return (await direct(database, values)) ?? { ok: true };
  return runOpsCommand(directOps(database, values), command, values, ask);
}

/** Runs one command of the operations (on the database, or through a server's API). */
export async function runOpsCommand(ops: AdminOps, command: string, values: Values, ask: Ask) {
  const run = OPS_COMMANDS[command];
  if (!run) {
    const key = isDirectOnly(command) ? 'admin.directOnly' : 'admin.badCommand';
    throw new AdminError(serverMessage(key, { command, usage: ADMIN_USAGE }));
  }
  return (await run(ops, values, ask)) ?? { ok: true };
}
