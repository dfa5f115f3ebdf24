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
} as const satisfies Catalogue<MainKey>;
