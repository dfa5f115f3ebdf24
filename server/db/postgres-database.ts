import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { noticeChannelFor, quoteIdentifier, type Database, type RawSession } from './database.ts';
import { listenOnChannel } from './pg-listener.ts';
import * as tables from './schema.ts';

export interface PostgresOptions {
  url: string;
  /** A schema to work in (tests use one each); default: the server's search_path. */
  schema?: string;
  poolSize?: number;
}

function clientConfig(options: PostgresOptions): pg.ClientConfig {
  return {
    connectionString: options.url,
    application_name: 'committee-server',
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  };
}

/** PostgreSQL through a node-postgres pool (`DATABASE_URL`). */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const config = clientConfig(options);
  const pool = new pg.Pool({ ...config, max: options.poolSize ?? 10 });
  pool.on('error', () => undefined); // an idle client died; the pool replaces it
  const probe = await pool.connect();
  probe.release();
  const orm = drizzle(pool, { schema: tables });
  return {
    kind: 'postgres',
    orm,
    noticeChannel: noticeChannelFor(options.schema),
    transaction: (work) => orm.transaction(work),
    withSession: async (work) => {
      const client = await pool.connect();
      const session: RawSession = {
        query: async (text, params) => (await client.query(text, params ? [...params] : undefined)).rows,
        exec: async (script) => {
          await client.query(script);
        },
      };
      try {
        return await work(session);
      } finally {
        client.release();
      }
    },
    listen: (channel, listenOptions) => listenOnChannel(config, channel, listenOptions),
    close: () => pool.end(),
  };
}
