import { programmeSpace } from '../domain/space.ts';
import type { TaskSource } from '../domain/task.ts';
import type { DemoContext } from './context.ts';
import type { DemoDirectory } from './directory.ts';
import type { BuiltProgramme } from './programmes.ts';
import { pushTask } from './task-builder.ts';
import type { TaskSpec } from './task-builder.ts';

/**
 * A task of a programme and where it hangs: the current year's plan (deadlines in days from today), the
 * 2022 plan (fixed, past dates), or the programme itself.
 */
export type ProgrammeTask = readonly [where: 'current' | 'past' | 'programme', spec: TaskSpec];

/** The tasks of one programme, given the current plan's year. */
export type ProgrammeTasks = (year: number) => readonly ProgrammeTask[];

function sourceOf(programme: BuiltProgramme, where: ProgrammeTask[0]): TaskSource {
  if (where === 'programme') return { kind: 'programme', programmeId: programme.id };
  const planId = where === 'current' ? programme.currentPlanId : programme.pastPlanId;
  return { kind: 'plan', planId, programmeId: programme.id };
}

/** Builds the tasks (and their progress reports) of a programme in the programme's space. */
export function buildProgrammeTasks(
  ctx: DemoContext,
  dir: DemoDirectory,
  programme: BuiltProgramme,
  tasks: ProgrammeTasks,
): void {
  const spaceId = programmeSpace(programme.id);
  for (const [where, spec] of tasks(programme.currentYear)) {
    pushTask(ctx, dir, { spaceId, source: sourceOf(programme, where) }, spec);
  }
}
