import { serverMessage } from '../../shared/i18n/server.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import { databaseConfigFromEnv, openDatabase } from '../db/open-database.ts';
import { isDirectOnly, parseAdminArgs, runAdminCommand, runOpsCommand, type Values } from './admin-cli.ts';
import type { Ask } from './admin-options.ts';
import { remoteAdminOps } from './admin-remote.ts';
import { asAdminError, login, logout, openRemote } from './admin-session.ts';
import { AdminError } from './user-admin.ts';

export interface AdminIo {
  fetch: FetchLike;
  ask: Ask;
}

/** Node's fetch in the shape the server client takes. */
export const nodeFetch: FetchLike = async (url, init) =>
  fetch(url, {
    method: init.method,
    headers: init.headers,
    ...(init.body !== undefined ? { body: init.body } : {}),
  });

const remoteWanted = (values: Values) => values.server !== undefined || values['token-file'] !== undefined;

async function runRemote(command: string, values: Values, io: AdminIo) {
  if (isDirectOnly(command)) throw new AdminError(serverMessage('admin.directOnly', { command }));
  const remote = await openRemote(values, io.ask, io.fetch);
  try {
    return await asAdminError(() => runOpsCommand(remoteAdminOps(remote.server), command, values, io.ask));
  } finally {
    await remote.finish();
  }
}

/**
 * `npm run server -- admin …`: one command, through a running server's API when `--server` or
 * `--token-file` is given, on the database directly otherwise. Answers what is printed as JSON.
 */
export async function runAdmin(args: readonly string[], io: AdminIo): Promise<unknown> {
  const { command, values } = parseAdminArgs(args);
  if (command === 'login') return login(values, io.ask, io.fetch);
  if (command === 'logout') return logout(values, io.fetch);
  if (remoteWanted(values)) return runRemote(command, values, io);
  const database = await openDatabase(databaseConfigFromEnv());
  try {
    return await runAdminCommand(database, command, values, io.ask);
  } finally {
    await database.close();
  }
}
