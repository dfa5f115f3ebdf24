import { create } from 'zustand';
import type { Period } from '../../../../shared/domain/indicator.ts';

export type IndicatorMode = 'view' | 'edit';

/** UI state of the programme page only: which tab, how the indicator table shows, which period. */
interface ProgrammeScreenState {
  tab: string;
  mode: IndicatorMode;
  /** The period whose plan and result columns show, per programme; absent means the latest reported. */
  periods: Record<string, Period>;
  setTab(tab: string): void;
  setMode(mode: IndicatorMode): void;
  setPeriod(programmeId: string, period: Period): void;
}

export const useProgrammeScreenStore = create<ProgrammeScreenState>()((set) => ({
  tab: 'indicators',
  mode: 'view',
  periods: {},
  setTab: (tab) => set({ tab }),
  setMode: (mode) => set({ mode }),
  setPeriod: (programmeId, period) =>
    set((state) => ({ periods: { ...state.periods, [programmeId]: period } })),
}));
