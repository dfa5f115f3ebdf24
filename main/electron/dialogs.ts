import { BrowserWindow, dialog } from 'electron';
import type { FileDialogs } from '../services/backup-service.ts';

const filters = [{ name: 'Sao lưu Sổ tay Ban Chỉ đạo', extensions: ['json'] }];

/** The system's save and open dialogs, attached to the focused window. */
export function electronDialogs(): FileDialogs {
  return {
    async chooseSavePath(defaultPath) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { title: 'Lưu bản sao lưu', defaultPath, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(defaultFolder) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: 'Khôi phục từ bản sao lưu',
        defaultPath: defaultFolder,
        filters,
        properties: ['openFile' as const],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
