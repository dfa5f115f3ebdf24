import { BrowserWindow, dialog } from 'electron';
import type { ExportDialogs } from '../export/export-service.ts';

/** The system's save dialog for spreadsheets, attached to the focused window. */
export function electronExportDialogs(): ExportDialogs {
  return {
    async chooseExportPath(defaultPath) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: 'Xuất danh sách nhiệm vụ',
        defaultPath,
        filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
