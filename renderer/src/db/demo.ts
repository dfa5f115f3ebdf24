import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import { importDataset, isEmpty } from './import-dataset.ts';
import type { LocalDb } from './local-db.ts';

/**
 * Fills an empty profile with the demo data of Quận Long Biên. The data module is loaded only when asked
 * for, so it costs nothing otherwise. Returns how many records were added (0 when the profile has data).
 */
export async function importDemoData(db: LocalDb, now: number): Promise<number> {
  if (!(await isEmpty(db))) return 0;
  const { buildDemoDataset, DEMO_AS_OF } = await import('../../../shared/demo/index.ts');
  const count = await importDataset(db, buildDemoDataset({ now }), now);
  await db.meta.put({ key: 'demo', value: { seededAt: now, asOf: DEMO_AS_OF } });
  return count;
}

/**
 * The date the demo's programme figures hold on (the mid-term report, 18/04/2023), or null when this
 * profile does not hold the demo data. Programmes are assessed at that date so the seeds' roll-ups show.
 */
export async function demoAssessmentDate(db: LocalDb): Promise<IsoDate | null> {
  const row = await db.meta.get('demo');
  return row?.key === 'demo' ? row.value.asOf : null;
}
