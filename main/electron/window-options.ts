import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state.ts';

/**
 * The main window's options. The security settings are not negotiable: no Node in the page, the page's
 * world isolated from preload, the renderer sandboxed, no webviews, no remote module.
 */
export function mainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    title,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
