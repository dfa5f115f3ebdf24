import { isEmpty, importDataset } from './import-dataset.ts';
import type { LocalDb } from './local-db.ts';

/** The demo's reference date: the mid-term report the programme figures come from (18/04/2023). */
export const DEMO_ASSESSMENT_DATE = '2023-04-18';

/**
 * Fills an empty profile with the demo data of Quận Long Biên. The data module is loaded only when asked
 * for, so it costs nothing otherwise. Returns how many records were added (0 when the profile has data).
 */
export async function importDemoData(db: LocalDb, now: number): Promise<number> {
  if (!(await isEmpty(db))) return 0;
  const { buildDemoDataset } = await import('../../../shared/demo/index.ts');
  const count = await importDataset(db, buildDemoDataset({ now }), now);
  await db.meta.put({ key: 'demo', value: { seededAt: now } });
  return count;
}

/** Whether this profile holds the demo data (its programmes are then assessed at the report's date). */
export async function isDemoProfile(db: LocalDb): Promise<boolean> {
  return (await db.meta.get('demo')) !== undefined;
}
