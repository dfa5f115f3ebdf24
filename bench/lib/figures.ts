import type { PushTiming } from './seed.ts';
import { quantile, round } from './harness.ts';

/** One line of the table: a figure, its baseline from the same run, and the ratio between them. */
export interface Figure {
  figure: string;
  value: number;
  unit: string;
  baseline: string;
  baselineValue: number;
  /** value / baselineValue */
  ratio: number;
  goal: string;
  meetsGoal: boolean | null;
  note?: string;
}

export const figures: Figure[] = [];
export const details: Record<string, unknown> = {};

export function add(f: Omit<Figure, 'ratio'>) {
  const ratio = f.baselineValue > 0 ? f.value / f.baselineValue : Number.NaN;
  figures.push({ ...f, ratio });
}

/** A server push rate, against the goal of 5,000 changes/s. */
export function throughputFigure(label: string, timing: PushTiming) {
  const perSecond = timing.changes / (timing.ms / 1000);
  add({
    figure: label,
    value: round(perSecond, 0),
    unit: 'changes/s',
    baseline: 'goal 5000 changes/s',
    baselineValue: 5000,
    goal: '≥ 5000 changes/s',
    meetsGoal: perSecond >= 5000,
    note: `${timing.changes} changes in ${round(timing.ms / 1000)} s, batches of 500, one client; batch p50 ${round(quantile(timing.batchMs, 0.5), 0)} ms`,
  });
}
