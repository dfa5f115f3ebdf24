import type { RandomBytes } from '../ids/index.ts';
import { createDemoContext } from './context.ts';
import type { DemoDataset } from './context.ts';
import { buildDirectory } from './directory.ts';
import { buildConclusionTasks, buildMeeting } from './meeting-builder.ts';
import { PLENUM_9_TASKS } from './plenum-9-tasks.ts';
import { PLENUM_9 } from './plenum-9.ts';
import { PROGRAMME_01 } from './programme-01.ts';
import { PROGRAMME_02 } from './programme-02.ts';
import { PROGRAMME_03 } from './programme-03.ts';
import { buildProgramme } from './programmes.ts';
import { DEMO_SEED, seededRandomBytes } from './random.ts';
import { TAY_HO_17, TAY_HO_17_TASKS } from './tay-ho-17.ts';
import { TASKS_01 } from './tasks-01.ts';
import { TASKS_02 } from './tasks-02.ts';
import { TASKS_03 } from './tasks-03.ts';
import { buildProgrammeTasks } from './tasks.ts';

export interface DemoOptions {
  /**
   * The dataset's "now" (Unix ms; pass Date.now() for a fresh profile). Every id carries it, and the
   * current year's plans and their tasks are placed around it: some deadlines passed (some of those
   * tasks overdue), some to come. The seeded history (the 2021 and 2023 meetings, the indicator figures
   * up to 2022) keeps its own dates, so `now` should be after 05/10/2023.
   */
  now: number;
  /** Bytes for the ids; defaults to a fixed seed, so the same `now` gives the same dataset. */
  random?: RandomBytes;
}

/**
 * Bộ dữ liệu mẫu — a living picture of Quận ủy Long Biên built from the public reports of its committees (the texts are not in the repository): its units and officials,
 * programmes 01, 02 and 03-CTr/QU with their indicators, figures and plans, the 9th plenum of the
 * committee (khóa IV) and the 17th plenum of Tây Hồ (khóa VI), and the tasks they gave. Deterministic:
 * the same options give the same records and ids.
 */
export function buildDemoDataset(options: DemoOptions): DemoDataset {
  const ctx = createDemoContext(options.now, options.random ?? seededRandomBytes(DEMO_SEED));
  const dir = buildDirectory(ctx);
  const programmes = [
    [buildProgramme(ctx, dir, PROGRAMME_01), TASKS_01],
    [buildProgramme(ctx, dir, PROGRAMME_02), TASKS_02],
    [buildProgramme(ctx, dir, PROGRAMME_03), TASKS_03],
  ] as const;
  buildConclusionTasks(ctx, dir, buildMeeting(ctx, dir, PLENUM_9), PLENUM_9_TASKS);
  buildConclusionTasks(ctx, dir, buildMeeting(ctx, dir, TAY_HO_17), TAY_HO_17_TASKS);
  for (const [programme, tasks] of programmes) buildProgrammeTasks(ctx, dir, programme, tasks);
  return ctx.data;
}
