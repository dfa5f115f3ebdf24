import { create } from 'zustand';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';

export type MeetingsView = 'list' | 'month' | 'week';

interface MeetingsViewState {
  view: MeetingsView;
  /** The day the calendar shows (its month or week); null: today. */
  anchor: IsoDate | null;
  setView: (view: MeetingsView) => void;
  setAnchor: (anchor: IsoDate | null) => void;
}

/** How the meetings screen is shown (list, month, week) and where the calendar is; UI state only. */
export const useMeetingsView = create<MeetingsViewState>((set) => ({
  view: 'list',
  anchor: null,
  setView: (view) => set({ view }),
  setAnchor: (anchor) => set({ anchor }),
}));
