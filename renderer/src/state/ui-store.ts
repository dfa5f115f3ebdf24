import { create } from 'zustand';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { TaskGrouping } from '../../../shared/domain/task-grouping.ts';
import { noTaskFilters, type DeadlineOrder, type TaskFilters } from '../../../shared/domain/task-views.ts';
import {
  defaultSettings,
  FONT_SCALE_MAX,
  FONT_SCALE_MIN,
  type Settings,
} from '../../../shared/ipc/settings.ts';

export type AppInfo = ChannelOutput<'app.info'>;

/** UI state only — never records (those live in Dexie). */
export interface UiState {
  settings: Settings;
  appInfo: AppInfo | null;
  online: boolean;
  /** The date programmes are assessed at; null means today. */
  assessmentDate: IsoDate | null;
  setAssessmentDate(date: IsoDate | null): void;
  setSettings(settings: Settings): void;
  setAppInfo(info: AppInfo): void;
  setOnline(online: boolean): void;
  /** The task list's filters, grouping and order: kept while the user moves between screens. */
  taskList: TaskListUi;
  setTaskList(patch: Partial<TaskListUi>): void;
}

export interface TaskListUi {
  filters: TaskFilters;
  grouping: TaskGrouping;
  order: DeadlineOrder;
}

export const useUiStore = create<UiState>()((set) => ({
  settings: defaultSettings,
  appInfo: null,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  assessmentDate: null,
  setAssessmentDate: (assessmentDate) => set({ assessmentDate }),
  setSettings: (settings) => set({ settings }),
  setAppInfo: (appInfo) => set({ appInfo }),
  setOnline: (online) => set({ online }),
  taskList: { filters: noTaskFilters, grouping: 'none', order: 'asc' },
  setTaskList: (patch) => set((state) => ({ taskList: { ...state.taskList, ...patch } })),
}));

export const FONT_SCALE_STEP = 0.1;

/** The next font scale one step up or down, kept within the allowed range and to one decimal. */
export function stepFontScale(current: number, direction: 1 | -1): number {
  const next = Math.round((current + direction * FONT_SCALE_STEP) * 10) / 10;
  return Math.min(FONT_SCALE_MAX, Math.max(FONT_SCALE_MIN, next));
}
