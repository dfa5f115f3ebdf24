import type { Catalogue } from './locale.ts';
import type { MainKey } from './main-vi.ts';

/** English texts of the main process, key for key with `mainVi`. */
export const mainEn = {
  'app.name': 'Committee Handbook',
  'dialog.backupFilter': 'Committee Handbook backup',
  'dialog.saveBackup': 'Save a backup',
  'dialog.restoreBackup': 'Restore from a backup',
  'dialog.exportTasks': 'Export the task list',
  'dialog.excelFilter': 'Excel workbook',
  'backup.notFound': 'The backup file was not found.',
  'backup.tooLarge': 'The file is too large to be a backup.',
  'backup.outsideFolder': 'Please choose a backup in the backup folder.',
  'sync.noServer': 'No district server is configured',
  'static.notFound': 'Not found',
  'webHost.badPort': 'Invalid port: {port}',
  'webHost.noBuild': 'The interface has not been built: run `npm run build` first.',
  'reminders.more': 'and {count} more tasks',
  'files.diskFull': 'The disk is full: the file was not saved. Free some space and try again.',
  'files.tooLarge': 'The file is larger than {limit} MB, over the attachment limit.',
  'files.outOfOrder':
    'A part of the file arrived out of order: expected the part at byte {expected}, got byte {offset}.',
  'files.transferGone': 'The file transfer is gone (too old or cancelled): choose the file again.',
  'files.sizeMismatch':
    'The file received has {received} bytes, not the {size} bytes of the file chosen: choose it again.',
  'files.notLocal': 'The file is not on this computer yet: download it first.',
  'files.corrupt':
    'The copy of the file on this computer was damaged and has been removed: download it again.',
  'files.downloadMismatch':
    'The downloaded file did not match its checksum and was discarded: it will be downloaded again.',
  'files.signedOut': 'Not signed in to the district server: the file will be sent after signing in.',
  'files.offline': 'The district server cannot be reached: will retry when online.',
  'files.forbidden': 'No permission for this file in this space.',
  'files.notOnServer': 'The district server does not have this file yet.',
  'files.serverError': 'The district server failed while transferring the file ({status}): will retry.',
  'files.sentDamaged':
    'The district server received bytes that do not match the file on this computer: it will be sent again from the start.',
  'files.openFailed': 'The file could not be opened with an application: {reason}',
} as const satisfies Catalogue<MainKey>;
