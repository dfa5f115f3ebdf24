import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import type { GrantRow } from './group-grants.ts';

/**
 * Everything a push group writes, in one statement (one round trip): the records as they end up, new
 * spaces and changed ranks, the grants it gave (a new space's creator's `manage`), the change rows, their receipts (with the user, see group-state.ts), the
 * audit rows, the conflicts, the version counter and the commit token (log/log-head.ts), and one change
 * notice per push (NOTIFY, delivered on commit). Rows travel as JSON arrays expanded by
 * `json_to_recordset` (plain json: parsed once, about half the cost of jsonb for a large array), so the
 * statement has a fixed text and a handful of parameters whatever the group's size. Rows are inserted in
 * array order (audit ids follow the changes); each change carries its own audit rows, so the per-change
 * columns travel once.
 */
export interface RecordRow {
  entity: string;
  id: string;
  space_id: string;
  data: Record<string, unknown>;
  deleted: boolean;
  version: number;
  updated_at: number;
}

export interface ChangeRow {
  version: number;
  change_id: string;
  entity: string;
  record_id: string;
  space_id: string;
  hlc: string;
  fields: Record<string, unknown>;
  deleted: boolean;
  user_id: string;
  client_id: string;
  received_at: number;
  /** Its audit rows: field, old value, new value (short keys: the group's largest array). */
  audit: Array<{ f: string; o: unknown; n: unknown }>;
}

export interface ConflictRow {
  id: string;
  change_id: string;
  version: number;
  space_id: string;
  entity: string;
  record_id: string;
  field: string;
  kept_value: unknown;
  kept_hlc: string;
  kept_user_id: string | null;
  kept_user_name: string;
  overwritten_value: unknown;
  overwritten_hlc: string;
  overwritten_user_id: string | null;
  overwritten_user_name: string;
  created_at: number;
}

export interface SpaceRow {
  space_id: string;
  kind: string;
  rank: number;
  created_at: number;
}

export interface GroupWrites {
  records: RecordRow[];
  changes: ChangeRow[];
  conflicts: ConflictRow[];
  newSpaces: SpaceRow[];
  grants: GrantRow[];
  rankedSpaces: Array<{ space_id: string; rank: number }>;
  lastVersion: number;
  /** How many pushes changed the snapshot order of existing spaces (the epoch moves by as much). */
  orderBumps: number;
  /** The fresh token of this commit (log/log-head.ts): the carry the group handed on names it. */
  commitToken: string;
  channel: string;
  notices: string[];
}

export async function writeGroup(tx: Tx, w: GroupWrites): Promise<void> {
  const j = (rows: readonly object[]) => JSON.stringify(rows);
  await tx.execute(sql`
    WITH
    rec AS (
      INSERT INTO records (entity, id, space_id, data, deleted, version, updated_at)
      SELECT x.entity, x.id, x.space_id, x.data, x.deleted, x.version, x.updated_at
      FROM json_to_recordset(${j(w.records)}::json) AS x(entity text, id text, space_id text,
        data jsonb, deleted boolean, version bigint, updated_at bigint)
      ON CONFLICT (entity, id) DO UPDATE SET data = EXCLUDED.data, deleted = EXCLUDED.deleted,
        version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
    ),
    src AS MATERIALIZED (
      SELECT * FROM json_to_recordset(${j(w.changes)}::json) AS x(version bigint, change_id text,
        entity text, record_id text, space_id text, hlc text, fields jsonb, deleted boolean, user_id text,
        client_id text, received_at bigint, audit json)
    ),
    chg AS (
      INSERT INTO changes (version, change_id, entity, record_id, space_id, hlc, fields, deleted, user_id,
        client_id, received_at)
      SELECT version, change_id, entity, record_id, space_id, hlc, fields, deleted, user_id, client_id,
        received_at
      FROM src
      RETURNING change_id, version, received_at, user_id
    ),
    rcp AS (
      INSERT INTO change_receipts (change_id, version, received_at, user_id)
      SELECT change_id, version, received_at, user_id FROM chg
    ),
    aud AS (
      INSERT INTO audit_log (version, at, user_id, client_id, space_id, entity, record_id, field,
        old_value, new_value)
      SELECT s.version, s.received_at, s.user_id, s.client_id, s.space_id, s.entity, s.record_id, a.f,
        a.o, a.n
      FROM src s CROSS JOIN LATERAL json_to_recordset(s.audit) AS a(f text, o jsonb, n jsonb)
    ),
    cfl AS (
      INSERT INTO conflicts (id, change_id, version, space_id, entity, record_id, field, kept_value,
        kept_hlc, kept_user_id, kept_user_name, overwritten_value, overwritten_hlc, overwritten_user_id,
        overwritten_user_name, created_at)
      SELECT x.id, x.change_id, x.version, x.space_id, x.entity, x.record_id, x.field, x.kept_value,
        x.kept_hlc, x.kept_user_id, x.kept_user_name, x.overwritten_value, x.overwritten_hlc,
        x.overwritten_user_id, x.overwritten_user_name, x.created_at
      FROM json_to_recordset(${j(w.conflicts)}::json) AS x(id text, change_id text, version bigint,
        space_id text, entity text, record_id text, field text, kept_value jsonb, kept_hlc text,
        kept_user_id text, kept_user_name text, overwritten_value jsonb, overwritten_hlc text,
        overwritten_user_id text, overwritten_user_name text, created_at bigint)
    ),
    spi AS (
      INSERT INTO spaces (space_id, kind, rank, created_at)
      SELECT x.space_id, x.kind, x.rank, x.created_at
      FROM json_to_recordset(${j(w.newSpaces)}::json) AS x(space_id text, kind text, rank bigint,
        created_at bigint)
    ),
    grt AS (
      INSERT INTO grants (user_id, space_id, role, granted_at, granted_by)
      SELECT x.user_id, x.space_id, x.role, x.granted_at, x.granted_by
      FROM json_to_recordset(${j(w.grants)}::json) AS x(user_id text, space_id text, role text,
        granted_at bigint, granted_by text)
      ON CONFLICT (user_id, space_id) DO UPDATE SET role = EXCLUDED.role,
        granted_at = EXCLUDED.granted_at, granted_by = EXCLUDED.granted_by
    ),
    spu AS (
      UPDATE spaces s SET rank = x.rank
      FROM json_to_recordset(${j(w.rankedSpaces)}::json) AS x(space_id text, rank bigint)
      WHERE s.space_id = x.space_id
    ),
    st AS (
      UPDATE sync_state SET last_version = ${w.lastVersion},
        space_order_epoch = space_order_epoch + ${w.orderBumps}, commit_token = ${w.commitToken}
      WHERE id = 1
    )
    SELECT count(pg_notify(${w.channel}, n)) FROM unnest(${sql.param(w.notices)}::text[]) AS n`);
}
