import type { IndicatorPeriod, Period, StatusOverride } from '../../../shared/domain/indicator.ts';
import type { PastedIndicator } from '../../../shared/domain/indicator-paste.ts';
import type { Programme } from '../../../shared/domain/programme.ts';
import { programmeSpace } from '../../../shared/domain/space.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { createRecord, updateRecord, type WriteContext } from '../db/write.ts';

/** The indicator fields the editor writes (the rest are the period's figures). */
export type IndicatorField =
  | 'name'
  | 'unitOfMeasure'
  | 'direction'
  | 'baseline'
  | 'termTarget'
  | 'congressResolution'
  | 'leadUnitId'
  | 'note';

export interface FiguresWrite {
  indicatorId: string;
  programmeId: string;
  period: Period;
  /** The indicator's figures already stored (any period). */
  existing: readonly IndicatorPeriod[];
  /** Who typed them (settings.personId), or null. */
  enteredBy: string | null;
  patch: {
    planned?: number | null;
    result?: number | null;
    note?: string;
    statusOverride?: StatusOverride | null;
  };
}

const samePeriod = (a: Period, b: Period) => a.year === b.year && a.kind === b.kind;

/**
 * Writes an indicator's figures for one period: updates the period's record, or makes it when the period
 * has none yet. Who entered them and when are stamped; the history keeps every earlier value.
 */
export async function writeFigures(ctx: WriteContext, input: FiguresWrite): Promise<IndicatorPeriod> {
  const stamp = { enteredBy: input.enteredBy, enteredAt: ctx.now() };
  const current = input.existing.find((p) => samePeriod(p.period, input.period));
  if (current) return updateRecord(ctx, 'indicatorPeriod', current.id, { ...input.patch, ...stamp });
  return createRecord(ctx, 'indicatorPeriod', {
    spaceId: programmeSpace(input.programmeId),
    indicatorId: input.indicatorId,
    programmeId: input.programmeId,
    period: input.period,
    planned: null,
    result: null,
    note: '',
    statusOverride: null,
    ...input.patch,
    ...stamp,
  });
}

/** A new indicator's fields and its first figures. */
export interface NewIndicator {
  number: number;
  name: string;
  unitOfMeasure: string;
  direction: PastedIndicator['direction'];
  baseline: number | null;
  termTarget: number | null;
  congressResolution: boolean;
  leadUnitId: string | null;
  note: string;
  periods: readonly { period: Period; planned: number | null; result: number | null }[];
}

async function addOne(ctx: WriteContext, programme: Programme, row: NewIndicator, enteredBy: string | null) {
  const id = uuidv7(ctx.now());
  const spaceId = programmeSpace(programme.id);
  const fields = {
    number: row.number,
    name: row.name,
    unitOfMeasure: row.unitOfMeasure,
    direction: row.direction,
    baseline: row.baseline,
    termTarget: row.termTarget,
    congressResolution: row.congressResolution,
    leadUnitId: row.leadUnitId,
    note: row.note,
  };
  await createRecord(ctx, 'indicator', { ...fields, id, spaceId, programmeId: programme.id });
  for (const figures of row.periods.filter((p) => p.planned !== null || p.result !== null)) {
    await writeFigures(ctx, {
      indicatorId: id,
      programmeId: programme.id,
      period: figures.period,
      existing: [],
      enteredBy,
      patch: { planned: figures.planned, result: figures.result },
    });
  }
  return id;
}

function tablesOf(ctx: WriteContext) {
  const { db } = ctx;
  return [db.indicator, db.indicatorPeriod, db.outbox, db.history, db.meta];
}

/**
 * Adds indicators with their figures in one transaction: all of them are saved, or none is (a refused
 * row undoes the rows before it). Answers the new indicators' ids in order.
 */
export async function addIndicators(
  ctx: WriteContext,
  programme: Programme,
  rows: readonly NewIndicator[],
  enteredBy: string | null,
): Promise<string[]> {
  return ctx.db.transaction('rw', tablesOf(ctx), async () => {
    const ids: string[] = [];
    for (const row of rows) ids.push(await addOne(ctx, programme, row, enteredBy));
    return ids;
  });
}
