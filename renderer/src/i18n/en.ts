import type { Messages } from './vi.ts';

export const en: Messages = {
  appName: 'Committee Handbook',
  appTagline: 'Programmes, tasks and meetings — working even without a connection',
  nav: {
    home: 'Home',
    programmes: 'Programmes & plans',
    tasks: 'Tasks',
    meetings: 'Meetings',
  },
  home: {
    title: 'Welcome',
    intro:
      'Follow work programmes and their indicators, assign and follow up tasks, prepare and record meetings. Every change is saved on this computer first, then synced with the district server when a connection is there.',
    programmesHint: 'Whole-term programmes, indicators and annual implementation plans.',
    tasksHint: 'Assigned tasks: lead unit, cooperating units, deadline and progress.',
    meetingsHint: 'Meetings, agendas, comments on drafts, conclusions and assignments.',
    open: 'Open',
  },
  empty: {
    programmes: 'No work programmes yet.',
    tasks: 'No tasks yet.',
    meetings: 'No meetings yet.',
  },
  display: {
    fontSmaller: 'Smaller text',
    fontReset: 'Default text size',
    fontLarger: 'Larger text',
    highContrast: 'High contrast',
    language: 'Language',
  },
  status: {
    online: 'Online',
    offline: 'Offline',
    pending: (count: number) =>
      count === 0 ? 'No changes waiting to sync' : `${count} changes waiting to sync`,
    version: (version: string) => `Version ${version}`,
    hostElectron: 'Desktop app',
    hostWeb: 'Running in a browser',
  },
  errors: {
    invalid_input: 'The data is not valid.',
    too_large: 'The data is too large.',
    unknown_channel: 'This request is not supported.',
    forbidden: 'You are not allowed to do this.',
    not_found: 'Not found.',
    conflict: 'The data was changed elsewhere.',
    unavailable: 'Cannot reach the app’s main process.',
    internal: 'Something went wrong. Please try again.',
    startFailed: 'The app could not start',
  },
  about: {
    title: 'About',
    body: 'An app for steering committees, offices, departments and wards to follow work programmes, tasks and meetings.',
  },
};
