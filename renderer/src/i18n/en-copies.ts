import type { viCopies } from './vi-copies.ts';

export const enCopies: typeof viCopies = {
  copies: {
    ownedBy: (displayName: string, username: string, server: string) =>
      `Working copy of: ${displayName} (${username}) @ ${server}`,
    unowned: 'This working copy belongs to no account yet: the first sign-in takes it.',
    loginHint:
      'Each account has its own working copy on this computer. Signing in as another account opens that account’s copy.',
    signOutTitle: 'Sign out',
    signOutBody:
      'Sign out of the district server. If kept, this account’s working copy stays on this computer and opens again at the next sign-in.',
    removeCopy: 'Remove this account’s working copy from this computer',
    unsentLost: (count: number) =>
      `${count.toLocaleString('en-GB')} change${count === 1 ? '' : 's'} not yet sent to the server will be lost`,
    signOut: 'Sign out',
    signOutAndRemove: 'Sign out and remove',
    cancel: 'Cancel',
    signOutFailed: 'Could not sign out',
    foreign:
      'The open working copy belongs to another account: not syncing. Restart the app to use the right copy.',
    foreignBackup: (backupOwner: string, copyOwner: string) =>
      `This backup holds the data of ${backupOwner}, not of ${copyOwner} who uses this copy. Nothing was changed.`,
    account: (displayName: string, username: string, server: string) =>
      `${displayName} (${username}) @ ${server}`,
    restoredBoundTo: (account: string) =>
      `The restored data belongs to ${account}: this copy is now that account’s; sign in as that account to sync.`,
    restoredResync: 'Everything will be synced again with the server at the next sync.',
  },
};
