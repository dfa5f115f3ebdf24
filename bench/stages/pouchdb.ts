import { join } from 'node:path';
import type { RecordChange } from '../../shared/sync/change.ts';
import { add, details } from '../lib/figures.ts';
import { call, log, round, withTimeout } from '../lib/harness.ts';
import { loadPouch } from '../lib/pouch-server.ts';
import type { BenchRun } from './context.ts';

/** Batch sizes tried: PouchDB's default (100), and the 500 and 2000. */
const BATCHES: ReadonlyArray<number | null> = [null, 500, 2000];

/**
 * The classic offline-first peer on the same records: pouchdb-server (LevelDB) on loopback, replicated into
 * PouchDB's IndexedDB adapter in the same browser profile; each batch size into a fresh database.
 */
export async function pouchStage(
  run: BenchRun,
  couchUrl: string,
  records: readonly RecordChange[],
  engineMs: number,
): Promise<void> {
  const loadMs = await loadPouch(couchUrl, 'district', records);
  log(`PouchDB server loaded with ${records.length} docs in ${round(loadMs / 1000)} s`);
  const remote = `${run.origin}/couch/district`;
  const runs: Array<{ batch: number | null; ms: number; docs: number }> = [];
  for (const batch of BATCHES) {
    const name = `pouch-${batch ?? 'default'}`;
    const result = await withTimeout(
      `PouchDB batch ${batch ?? 'default'}`,
      900_000,
      call(run.page, 'pouchReplicate', remote, name, batch),
    );
    if (result.docs !== records.length)
      throw new Error(`PouchDB holds ${result.docs} of ${records.length} docs`);
    runs.push({ batch, ...result });
    log(`PouchDB batch ${batch ?? 'default'}: ${round(result.ms / 1000)} s`);
  }
  details.pouchdb = { loadMs, runs, dir: join(run.work, 'couch') };
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  for (const r of runs) {
    const isDefault = r.batch === null;
    const factor = isDefault ? 6 : 3;
    const isBest = r === best;
    add({
      figure: `PouchDB replication, batch ${r.batch ?? 'default (100)'}${isBest ? ' (best)' : ''}`,
      value: round(r.ms / 1000),
      unit: 's',
      baseline: 'our initial sync of the same records',
      baselineValue: round(engineMs / 1000),
      goal: isDefault || isBest ? `≥ ${factor}× ours` : '(context)',
      meetsGoal: isDefault || isBest ? r.ms >= factor * engineMs : null,
      note: `${r.docs} docs, ${round(r.docs / (r.ms / 1000), 0)} docs/s`,
    });
  }
}
