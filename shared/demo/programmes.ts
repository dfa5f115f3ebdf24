import type { IndicatorDirection, PeriodKind, StatusOverride } from '../domain/indicator.ts';
import { comparePeriods } from '../domain/period.ts';
import type { CommitteeRole } from '../domain/programme.ts';
import { programmeSpace } from '../domain/space.ts';
import { hoChiMinhTimestamp, parseIsoDate } from '../text/index.ts';
import type { DemoContext } from './context.ts';
import type { DemoDirectory } from './directory.ts';
import type { PersonKey } from './people.ts';
import type { UnitKey } from './units.ts';

/** Nhiệm kỳ of the Long Biên programmes. */
export const DEMO_TERM = { start: 2020, end: 2025 } as const;

/**
 * The day the figures are judged on: 18/04/2023, the date of the public mid-term report (not in the repository)
 * ("Nửa đầu nhiệm kỳ 2020-2025…"). The roll-ups of the seeds hold on this day.
 */
export const DEMO_AS_OF = '2023-04-18';

/** The note of a period that has a plan but no result yet on DEMO_AS_OF. */
const PLANNED_ONLY_NOTE = 'Kế hoạch của kỳ; chưa có kết quả tại thời điểm sơ kết giữa nhiệm kỳ (18/04/2023).';

/** One period's figures: year, kind, planned value and result (null before the period is reported). */
export type PeriodRow = readonly [
  year: number,
  kind: PeriodKind,
  planned: number | null,
  result: number | null,
];

/** Chỉ tiêu, as the programme files write it. */
export interface IndicatorSpec {
  name: string;
  /** Đơn vị tính. */
  unit: string;
  direction: IndicatorDirection;
  baseline: number | null;
  target: number | null;
  congress?: boolean;
  lead: UnitKey;
  note?: string;
  periods: readonly PeriodRow[];
  /** Đánh giá thủ công, set on the latest period that has a result; only where figures cannot say it. */
  override?: StatusOverride;
}

/** Chương trình công tác toàn khóa, as the programme files write it. */
export interface ProgrammeSpec {
  code: string;
  title: string;
  higherProgrammeCode: string | null;
  committee: readonly (readonly [PersonKey, CommitteeRole])[];
  standingAgency: UnitKey;
  /** Who entered the figures (a specialist of the standing agency). */
  enteredBy: PersonKey;
  indicators: readonly IndicatorSpec[];
  /** Số hiệu of the 2022 plan and of the current year's plan. */
  planCodes: readonly [string, string];
}

/** What the task builders need of a programme built. */
export interface BuiltProgramme {
  id: string;
  code: string;
  /** Kế hoạch thực hiện năm 2022. */
  pastPlanId: string;
  /** Kế hoạch thực hiện of the dataset's current year. */
  currentPlanId: string;
  currentYear: number;
}

/** When a period's figures were entered: after the period closed, or at the start of the year for a plan. */
function enteredAt(row: PeriodRow): number {
  const [year, kind, , result] = row;
  if (result === null) return hoChiMinhTimestamp(`${year}-01-20`, '09:00');
  if (kind === 'year') return hoChiMinhTimestamp(`${year + 1}-01-15`, '09:00');
  return hoChiMinhTimestamp(kind === 'h1' ? `${year}-07-12` : `${year}-10-12`, '09:00');
}

const periodOf = ([year, kind]: PeriodRow) => ({ year, kind });

/** Index of the row the status is judged on: the latest with a result. */
function latestWithResult(rows: readonly PeriodRow[]): number {
  let best = -1;
  rows.forEach((row, i) => {
    const current = rows[best];
    if (row[3] !== null && (!current || comparePeriods(periodOf(row), periodOf(current)) > 0)) best = i;
  });
  return best;
}

interface IndicatorContext {
  ctx: DemoContext;
  dir: DemoDirectory;
  programmeId: string;
  enteredBy: string;
}

function buildIndicator(ic: IndicatorContext, spec: IndicatorSpec, number: number): void {
  const { ctx, programmeId } = ic;
  const spaceId = programmeSpace(programmeId);
  const id = ctx.nextId();
  ctx.data.indicator.push({
    id,
    spaceId,
    programmeId,
    number,
    name: spec.name,
    unitOfMeasure: spec.unit,
    direction: spec.direction,
    baseline: spec.baseline,
    termTarget: spec.target,
    congressResolution: spec.congress ?? false,
    leadUnitId: ic.dir.unit(spec.lead),
    note: spec.note ?? '',
  });
  const judged = latestWithResult(spec.periods);
  spec.periods.forEach((row, i) => {
    const [year, kind, planned, result] = row;
    ctx.data.indicatorPeriod.push({
      id: ctx.nextId(),
      spaceId,
      indicatorId: id,
      programmeId,
      period: { year, kind },
      planned,
      result,
      note: result === null ? PLANNED_ONLY_NOTE : '',
      statusOverride: i === judged ? (spec.override ?? null) : null,
      enteredBy: ic.enteredBy,
      enteredAt: enteredAt(row),
    });
  });
}

function pushPlan(ctx: DemoContext, programme: { id: string; code: string }, year: number, code: string) {
  const id = ctx.nextId();
  ctx.data.plan.push({
    id,
    spaceId: programmeSpace(programme.id),
    programmeId: programme.id,
    year,
    title: `Kế hoạch thực hiện Chương trình số ${programme.code} năm ${year}`,
    code,
  });
  return id;
}

/** Builds a programme with its committee, indicators, figures per period and two yearly plans. */
export function buildProgramme(ctx: DemoContext, dir: DemoDirectory, spec: ProgrammeSpec): BuiltProgramme {
  const id = ctx.nextId();
  ctx.data.programme.push({
    id,
    spaceId: programmeSpace(id),
    code: spec.code,
    title: spec.title,
    termStart: DEMO_TERM.start,
    termEnd: DEMO_TERM.end,
    issuingBody: 'Quận ủy Long Biên',
    higherProgrammeCode: spec.higherProgrammeCode,
    committee: spec.committee.map(([person, role]) => ({ personId: dir.person(person), role })),
    standingAgencyUnitId: dir.unit(spec.standingAgency),
  });
  const ic = { ctx, dir, programmeId: id, enteredBy: dir.person(spec.enteredBy) };
  spec.indicators.forEach((indicator, i) => buildIndicator(ic, indicator, i + 1));
  const currentYear = Math.max(2023, parseIsoDate(ctx.today).year);
  const programme = { id, code: spec.code };
  return {
    id,
    code: spec.code,
    pastPlanId: pushPlan(ctx, programme, 2022, spec.planCodes[0]),
    currentPlanId: pushPlan(ctx, programme, currentYear, spec.planCodes[1]),
    currentYear,
  };
}
