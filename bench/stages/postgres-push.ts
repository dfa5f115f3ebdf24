import { join } from 'node:path';
import { ADMIN, startBenchServer } from '../lib/district.ts';
import { generateDistrictCreates } from '../lib/district-data.ts';
import { details, throughputFigure } from '../lib/figures.ts';
import { log } from '../lib/harness.ts';
import { PROFILE, RECORDS } from '../lib/options.ts';
import { busyPercent, hotSpots, readNodeProfile } from '../lib/profile.ts';
import { profiles } from '../lib/profiled.ts';
import { nodeClient, pushAll } from '../lib/seed.ts';

/** The same one-client push load against PostgreSQL (TEST_DATABASE_URL); a fresh admin per run. */
export async function postgresPushStage(work: string): Promise<void> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    log('TEST_DATABASE_URL not set: no PostgreSQL figure');
    return;
  }
  const pgAdmin = { ...ADMIN, username: `bench.qt${Date.now()}` };
  const pgProf = join(work, 'server-pg-prof');
  const pg = await startBenchServer(join(work, 'server-pg'), pgUrl, PROFILE ? pgProf : null, pgAdmin);
  try {
    const pgClient = await nodeClient(pg.url, pgAdmin, 'bench-pg');
    const pgPush = await pushAll(pgClient, generateDistrictCreates(RECORDS, 3), 900_000);
    throughputFigure('server push, creates, one client (PostgreSQL)', pgPush);
    details.postgresPush = { ...pgPush, batchMs: undefined };
  } finally {
    await pg.stop();
  }
  const pgProfile = PROFILE ? await readNodeProfile(pgProf) : null;
  if (pgProfile) {
    const busy = `main thread busy ${busyPercent(pgProfile)}% of its run`;
    profiles[`PostgreSQL server, by package (${busy})`] = hotSpots(pgProfile, 10, true);
  }
}
