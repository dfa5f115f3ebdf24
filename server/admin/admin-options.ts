import type { parseArgs } from 'node:util';
import { serverMessage } from '../../shared/i18n/server.ts';
import { AdminError } from './user-admin.ts';

/** The admin CLI's options (admin-cli.ts); every command takes the ones it needs. */
export const ADMIN_OPTIONS = {
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
  search: { type: 'string' },
  limit: { type: 'string' },
  /** The running server to administer through its API (`https://…`). */
  server: { type: 'string' },
  /** The administrator who signs in to it (asked for the password). */
  as: { type: 'string' },
  /** Where `admin login` keeps the session, and where later commands find it. */
  'token-file': { type: 'string' },
} as const;

export type Values = ReturnType<
  typeof parseArgs<{ options: typeof ADMIN_OPTIONS; allowPositionals: true }>
>['values'];

/** Asks the operator for a value not given as an option (a password: never echoed, never in history). */
export type Ask = (option: string, question: string) => Promise<string>;

export function need(values: Values, key: keyof typeof ADMIN_OPTIONS): string {
  const value = values[key];
  if (typeof value !== 'string' || value === '')
    throw new AdminError(serverMessage('admin.missingOption', { option: key }));
  return value;
}

/** The option's value, or the operator's answer when it was not given. */
export async function needOrAsk(values: Values, key: 'password', ask: Ask, question: string) {
  const value = values[key];
  if (typeof value === 'string' && value !== '') return value;
  return ask(key, question);
}
