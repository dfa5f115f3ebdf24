import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as tables from './schema.ts';

/**
 * The one interface the server's code uses to reach its database, whichever engine runs underneath:
 * PGlite (PostgreSQL compiled to WebAssembly, in this process) or a real PostgreSQL through a node-postgres
 * pool. Typed queries go through Drizzle (`orm`); what Drizzle does not do (migrations, advisory locks,
 * LISTEN) has a method here.
 */
export type Schema = typeof tables;
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Where a query runs: the database itself or an open transaction. */
export type Executor = Orm | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

/** One connection, for work that needs the same session throughout (migrations, session locks). */
export interface RawSession {
  query(text: string, params?: readonly unknown[]): Promise<Array<Record<string, unknown>>>;
  /** Runs a script of several statements (simple query protocol, no parameters). */
  exec(script: string): Promise<void>;
}

/** A subscription to a notification channel; `close` stops it. */
export interface ChannelListener {
  close(): Promise<void>;
}

export interface ListenOptions {
  onPayload: (payload: string) => void;
  /** Called after a lost listening connection came back: notices may have been missed meanwhile. */
  onReconnect?: () => void;
  onError?: (error: unknown) => void;
}

export interface Database {
  readonly kind: DatabaseKind;
  readonly orm: Orm;
  /** The LISTEN/NOTIFY channel for change notices (one per schema, so test schemas do not mix). */
  readonly noticeChannel: string;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  withSession<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  listen(channel: string, options: ListenOptions): Promise<ChannelListener>;
  /** PGlite only: a tarball of the data folder (a backup; tests start new databases from one). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

/** How to reach the database: an embedded PGlite (a folder, or memory when null) or PostgreSQL. */
export type DatabaseConfig =
  | {
      kind: 'pglite';
      dataDir: string | null;
      /** Start from this data-folder dump (tests). */ template?: Blob;
    }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

/** Runs raw SQL and returns its rows, whichever driver answers (both give `{ rows }`). */
export async function queryRows(executor: Executor, query: SQL): Promise<Array<Record<string, unknown>>> {
  const result: unknown = await executor.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as Array<Record<string, unknown>>;
  }
  return [];
}

/** A 64-bit integer column read back from raw SQL: PGlite gives a number, node-postgres a string. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  throw new TypeError(`Expected an integer from the database, got ${typeof value}.`);
}

/** The notification channel for a schema: `sync_changes`, or `sync_changes_<schema>` for a named one. */
export function noticeChannelFor(schema: string | undefined): string {
  return schema ? `sync_changes_${schema}` : 'sync_changes';
}

/** Quotes an SQL identifier (a schema or channel name we made ourselves, checked anyway). */
export function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new RangeError(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}
