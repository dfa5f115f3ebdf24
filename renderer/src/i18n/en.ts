import type { Messages } from './vi.ts';
import { enProgrammes } from './en-programmes.ts';
import { enMeetings } from './en-meetings.ts';
import { enTasks } from './en-tasks.ts';
import { enCopies } from './en-copies.ts';
import { enAccess } from './en-access.ts';
import { enHistory } from './en-history.ts';
import { enSharing } from './en-sharing.ts';
import { enMinutes } from './en-minutes.ts';
import { enAdmin } from './en-admin.ts';
import { enDirectory } from './en-directory.ts';
import { enPresence } from './en-presence.ts';
import { enFiles } from './en-files.ts';

export const en: Messages = {
  appName: 'Committee Handbook',
  appTagline: 'Programmes, tasks and meetings — working even without a connection',
  nav: {
    home: 'Home',
    programmes: 'Programmes & plans',
    tasks: 'Tasks',
    meetings: 'Meetings',
    data: 'Data on this computer',
    directory: 'Directory',
    admin: 'Administration',
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
  shell: {
    skipToMain: 'Skip to main content',
    mainMenu: 'Main menu',
    clear: 'Clear',
    remove: 'Remove this item',
    search: 'Search',
    displayControls: 'Display',
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
    signedOut: 'Not signed in to a server',
    unreachable: 'Cannot reach the server',
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
    offline: 'Cannot reach the district server. Your data is still saved on this computer.',
    unauthorized: 'The session expired, or the user name or password is wrong.',
    update_required:
      'The district server needs a newer app. Please update; changes waiting to sync are kept.',
    resync_required: 'All data must be synced again.',
    rate_limited: 'Too many failed sign-ins. Please try again in a few minutes.',
    startFailed: 'The app could not start',
  },
  ...enProgrammes,
  ...enMeetings,
  ...enTasks,
  ...enCopies,
  ...enAccess,
  ...enHistory,
  ...enSharing,
  ...enMinutes,
  ...enAdmin,
  ...enDirectory,
  ...enPresence,
  ...enFiles,
  data: {
    title: 'Data on this computer',
    intro:
      'Data is saved on this computer first, then synced with the district server. Back up regularly, above all before reinstalling.',
    records: (n: number) => `${n.toLocaleString('en-GB')} records`,
    backup: 'Back up now',
    backedUp: (path: string) => `Backed up to ${path}`,
    restore: 'Restore',
    restoreFrom: 'Restore from a backup',
    chooseFile: 'Choose another file…',
    noBackups: 'No backups in the backups folder yet.',
    confirmRestore: 'Restoring replaces all data on this computer with the backup. Continue?',
    restored: (n: number) => `Restored ${n.toLocaleString('en-GB')} records.`,
    restoreRefused: 'Could not restore',
    demo: 'Load demo data (Long Biên district)',
    demoLoaded: (n: number) => `Loaded ${n.toLocaleString('en-GB')} demo records.`,
    demoOnlyEmpty: 'Demo data can only be loaded into an empty profile.',
    folder: (path: string) => `Backups folder: ${path}`,
  },
  sync: {
    login: 'Sign in to the district server',
    serverUrl: 'Server address',
    username: 'User name',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: (name: string) => `Signed in: ${name}`,
    notSignedIn: 'Data stays on this computer',
    syncNow: 'Sync now',
    syncing: 'Syncing…',
    lastSync: (when: string) => `Synced at ${when}`,
    never: 'Never synced',
    panel: 'Sync',
    progress: (phase: string, done: number) => `${phase}: ${done.toLocaleString('en-GB')}`,
    phases: {
      snapshot: 'Initial download',
      push: 'Sending changes',
      pull: 'Receiving changes',
      conflicts: 'Checking conflicts',
    },
    conflicts: 'Conflicts to review',
    noConflicts: 'No conflicts.',
    kept: 'Current value',
    overwritten: 'Overwritten value',
    restoreThis: 'Use this value',
    dismiss: 'Keep as is',
    rejected: 'Changes not accepted',
    noRejected: 'The server accepted every change.',
    copy: 'Copy',
    copied: 'Copied',
    retry: 'Try again',
    retried: 'Queued again: it will be sent at the next sync.',
    discard: 'Discard',
    discardConfirm: 'Discard this change? The value on the server stays as it is.',
    discardDraftConfirm: 'Remove this draft from this computer? The server does not have this record.',
    discarded: 'Change discarded.',
    draft: 'Draft on this computer',
    draftHint:
      'The server has not accepted this record; it exists only on this computer until it is sent again successfully.',
    meetingDraftOnly:
      'The district server takes new meetings from administrators only for now. A meeting you add is kept on this computer as a draft, and can be sent again (Sync → Try again) once you are given the right.',
    yourValues: 'The values you entered',
    rejectedCount: (n: number) => `${n.toLocaleString('en-GB')} changes not accepted`,
    massDeletion: (n: number, total: number) =>
      `This sync would delete ${n} of ${total} records on this computer. Are you sure?`,
    confirmDeletion: 'Delete them',
    by: (name: string) => `by ${name}`,
  },
  about: {
    title: 'About',
    body: 'An app for steering committees, offices, departments and wards to follow work programmes, tasks and meetings.',
  },
};
