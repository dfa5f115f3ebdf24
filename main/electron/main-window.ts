import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { Logger } from '../log/logger.ts';
import { mainWindowOptions } from './window-options.ts';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state.ts';

/** Line printed on stdout when the window has shown: the Electron launcher's tests wait for it. */
export const APP_READY_LINE = 'committee-app:ready';

/**
 * The one hardened window, where the user left it (on a display that still exists), saving its bounds when
 * it closes. The caller loads the app's page into it.
 */
export async function openMainWindow(
  where: { mainDir: string; userDataDir: string; title: string },
  log: Logger,
): Promise<BrowserWindow> {
  const { mainDir, userDataDir, title } = where;
  const saved = await loadWindowState(userDataDir);
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = restoreBounds(saved, displays);
  const win = new BrowserWindow(mainWindowOptions(join(mainDir, 'preload.cjs'), bounds, title));
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => {
    win.show();
    process.stdout.write(`${APP_READY_LINE}\n`);
    log.info('app.ready');
  });
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    void saveWindowState(userDataDir, { x, y, width, height, maximized: win.isMaximized() });
  });
  return win;
}
