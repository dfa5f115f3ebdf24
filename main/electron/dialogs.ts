import { BrowserWindow, dialog } from 'electron';
import { mainText } from '../../shared/i18n/main.ts';
import type { Locale } from '../../shared/ipc/settings.ts';
import type { FileDialogs } from '../services/backup-service.ts';

const filtersIn = (locale: Locale) => [
  { name: mainText(locale, 'dialog.backupFilter'), extensions: ['json'] },
];

/** The system's save and open dialogs, attached to the focused window, in the user's language. */
export function electronDialogs(locale: () => Promise<Locale>): FileDialogs {
  return {
    async chooseSavePath(defaultPath) {
      const parent = BrowserWindow.getFocusedWindow();
      const lang = await locale();
      const title = mainText(lang, 'dialog.saveBackup');
      const options = { title, defaultPath, filters: filtersIn(lang) };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(defaultFolder) {
      const parent = BrowserWindow.getFocusedWindow();
      const lang = await locale();
      const options = {
        title: mainText(lang, 'dialog.restoreBackup'),
        defaultPath: defaultFolder,
        filters: filtersIn(lang),
        properties: ['openFile' as const],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
