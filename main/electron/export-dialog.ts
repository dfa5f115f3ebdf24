import { BrowserWindow, dialog } from 'electron';
import { mainText } from '../../shared/i18n/main.ts';
import type { Locale } from '../../shared/ipc/settings.ts';
import type { ExportDialogs } from '../export/export-service.ts';

/** The system's save dialog for spreadsheets, attached to the focused window, in the user's language. */
export function electronExportDialogs(locale: () => Promise<Locale>): ExportDialogs {
  return {
    async chooseExportPath(defaultPath) {
      const parent = BrowserWindow.getFocusedWindow();
      const lang = await locale();
      const options = {
        title: mainText(lang, 'dialog.exportTasks'),
        defaultPath,
        filters: [{ name: mainText(lang, 'dialog.excelFilter'), extensions: ['xlsx'] }],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
