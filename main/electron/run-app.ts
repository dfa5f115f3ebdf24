import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, EventPayload, MenuCommand } from '../../shared/ipc/contract.ts';
import { ELECTRON_EVENT_CHANNEL } from '../../shared/ipc/wire.ts';
import { menuStrings } from '../i18n/menu-strings.ts';
import { createDispatcher } from '../ipc/dispatch.ts';
import type { Emit } from '../ipc/handlers.ts';
import { createLogger } from '../log/logger.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { appSchemePrivileges, serveRendererBundle } from './app-protocol.ts';
import { electronDialogs } from './dialogs.ts';
import { electronExportDialogs } from './export-dialog.ts';
import { electronFileOpener } from './file-opener.ts';
import { electronNotifier } from './notifier.ts';
import { electronSecretCodec } from './secret-codec.ts';
import { denyAllPermissions, hardenWebContents } from './harden.ts';
import { registerIpcHandlers } from './ipc-bridge.ts';
import { buildMenuTemplate } from './menu.ts';
import { APP_ENTRY_URL } from './trusted-origin.ts';
import { startAutoUpdate } from './updater.ts';
import { openMainWindow } from './main-window.ts';

export interface RunAppOptions {
  /** Folder of the built main and preload bundles. */
  mainDir: string;
  /** Folder of the built renderer. */
  rendererDir: string;
  env: NodeJS.ProcessEnv;
}

/** The Electron glue: single instance, privileged scheme, one hardened window, the IPC contract, the menu. */
export function runApp(options: RunAppOptions): void {
  if (options.env.COMMITTEE_USER_DATA) app.setPath('userData', options.env.COMMITTEE_USER_DATA);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const userDataDir = app.getPath('userData');
  mkdirSync(join(userDataDir, 'logs'), { recursive: true });
  const logFile = join(userDataDir, 'logs', 'main.log');
  const log = createLogger('main', (line) => appendFileSync(logFile, `${line}\n`));
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  let window: BrowserWindow | null = null;
  const emit: Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const win of BrowserWindow.getAllWindows())
      win.webContents.send(ELECTRON_EVENT_CHANNEL, event, payload);
  };
  // The dialogs ask for the language when they open: the handlers (and the settings) exist by then.
  const locale = async () => (await handlers['settings.get']({})).locale;
  const handlers = createHandlers({
    userDataDir,
    host: 'electron',
    appName: app.getName(),
    version: app.getVersion(),
    log,
    demo: options.env.COMMITTEE_DEMO === '1',
    dialogs: electronDialogs(locale),
    notifier: electronNotifier(),
    exportDialogs: electronExportDialogs(locale),
    fileOpener: electronFileOpener,
    secretCodec: electronSecretCodec,
    emit: (event, payload) => {
      emit(event, payload);
      if (event === 'settings.changed') void refreshMenu();
    },
  });
  const dispatch = createDispatcher(handlers, log);
  const send = (command: MenuCommand) => emit('menu.command', { command });

  const refreshMenu = async () => {
    const settings = await handlers['settings.get']({});
    const template = buildMenuTemplate({
      strings: menuStrings[settings.locale],
      highContrast: settings.highContrast,
      developer: !app.isPackaged,
      send,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession, log);
    serveRendererBundle(session.defaultSession.protocol, options.rendererDir);
    registerIpcHandlers(ipcMain, dispatch, log);
    await refreshMenu();
    const win = await openMainWindow({ mainDir: options.mainDir, userDataDir, title: app.getName() }, log);
    window = win;
    win.on('closed', () => {
      window = null;
    });
    await win.loadURL(APP_ENTRY_URL);
    startAutoUpdate({ packaged: app.isPackaged, feedUrl: options.env.COMMITTEE_UPDATE_URL, log });
  });
}
