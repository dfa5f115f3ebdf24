import { useMemo } from 'react';
import type { Period } from '../../../../shared/domain/indicator.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { defaultPeriod } from './period-choices.ts';
import { useProgrammeScreenStore } from './programme-screen-store.ts';

/**
 * How the indicator table shows: read or typed into, and which period's figures. Both are remembered in
 * the programme screen's store; the period per programme, else the latest reported.
 */
export function useIndicatorsView(detail: ProgrammeDetail, asOf: IsoDate, readOnly: boolean) {
  const { programme } = detail;
  const term = { start: programme.termStart, end: programme.termEnd };
  // The mode is remembered across programmes; one the user may only read always opens for reading.
  const storedMode = useProgrammeScreenStore((s) => s.mode);
  const mode = readOnly ? 'view' : storedMode;
  const setMode = useProgrammeScreenStore((s) => s.setMode);
  const chosen = useProgrammeScreenStore((s) => s.periods[programme.id]);
  const setPeriod = useProgrammeScreenStore((s) => s.setPeriod);
  const allPeriods = useMemo(() => detail.indicators.flatMap((i) => i.periods), [detail.indicators]);
  const period = chosen ?? defaultPeriod(allPeriods, term, Number(asOf.slice(0, 4)));
  const choosePeriod = (next: Period) => setPeriod(programme.id, next);
  return { term, mode, setMode, period, choosePeriod };
}
