import type { viSharing } from './vi-sharing.ts';

export const enSharing: typeof viSharing = {
  sharing: {
    meetingDraftOnly:
      'The district server takes new meetings only from people given the "organise meetings" role (or administrators). A meeting you add is kept on this computer as a draft, and can be sent again (Sync → Try again) once you are given that role.',
    open: 'Share',
    title: 'Who may view and edit',
    intro: 'The people below can view (and, where given, edit) this programme or meeting on their computers.',
    offline:
      'Seeing and changing who this is shared with needs the district server: access is kept by the server. Connect and open this again.',
    signedOut: 'Sign in to the district server to share.',
    loading: 'Loading who this is shared with…',
    empty: 'Not shared with anyone yet.',
    person: 'User',
    unit: 'Unit',
    role: 'Access',
    actions: 'Actions',
    roles: { read: 'View only', write: 'View and edit', manage: 'Manage (grant access)' },
    roleOf: (name: string) => `Access of ${name}`,
    manageByAdmin: 'Only an administrator gives or changes the manage right.',
    remove: 'Stop sharing',
    removeOf: (name: string) => `Stop sharing with ${name}`,
    removeConfirm: (name: string) =>
      `Take away ${name}'s access? The data leaves their computer at their next sync.`,
    removeYes: 'Stop sharing',
    removeNo: 'Cancel',
    add: 'Add a person',
    addPerson: 'Share with',
    addPersonPlaceholder: 'Type a name to search',
    addRole: 'Access given',
    addButton: 'Share',
    noAccounts: 'No list of users yet: sync once while online.',
    pickPerson: 'Choose a person.',
    added: (name: string) => `Shared with ${name}.`,
    changed: (name: string) => `Changed ${name}'s access.`,
    removed: (name: string) => `Stopped sharing with ${name}.`,
    you: '(you)',
    noUnit: '—',
    retry: 'Try again',
    close: 'Close',
    errors: {
      forbidden:
        'The server refused: you may not manage sharing here, or only an administrator may give this right.',
      not_found: 'This user or this space was not found on the server (it may have been deleted).',
      offline: 'The server cannot be reached: nothing was changed. Try again when online.',
      unauthorized: 'Your session has expired: sign in again and retry.',
      update_required: 'The server needs a newer app to share.',
      rate_limited: 'The server is busy: try again in a few minutes.',
      other: 'The server could not do this. Please try again.',
    },
  },
};
