import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/ipc/contract.ts';

const electron = vi.hoisted(() => {
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = [];
  const app = {
    setPath: vi.fn(),
    getPath: vi.fn(() => ''),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getName: () => 'Sổ tay Ban Chỉ đạo',
    getVersion: () => '0.1.0',
    isPackaged: false,
  };
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    options: Record<string, unknown>;
    loadURL = vi.fn(async () => undefined);
    webContents = { send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    maximize = vi.fn();
  }
  return {
    windows,
    app,
    BrowserWindow,
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(`enc:${text}`),
      decryptString: (data: Buffer) => data.toString().replace(/^enc:/, ''),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        protocol: { handle: vi.fn() },
      },
    },
  };
});

vi.mock('electron', () => electron);
vi.mock('electron-updater', () => ({ default: { autoUpdater: {} } }));

const { runApp } = await import('./run-app.ts');

describe('runApp with electron mocked', () => {
  let userData: string;
  beforeEach(async () => {
    vi.clearAllMocks();
    electron.windows.length = 0;
    userData = await mkdtemp(join(tmpdir(), 'electron-profile-'));
    electron.app.getPath.mockReturnValue(userData);
  });

  it('quits at once when another instance holds the lock', () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    runApp({ mainDir: '/app/dist/main', rendererDir: '/app/dist/renderer', env: {} });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('takes the user-data folder from COMMITTEE_USER_DATA', async () => {
    runApp({ mainDir: '/m', rendererDir: '/r', env: { COMMITTEE_USER_DATA: userData } });
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', userData);
    await vi.waitFor(() => expect(electron.windows[0]?.loadURL).toHaveBeenCalled());
  });

  it('opens one hardened window on the app bundle with the IPC contract and a Vietnamese menu', async () => {
    runApp({ mainDir: '/app/dist/main', rendererDir: '/app/dist/renderer', env: {} });
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    await vi.waitFor(() =>
      expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://bundle/index.html'),
    );

    const prefs = electron.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      preload: join('/app/dist/main', 'preload.cjs'),
    });
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const registered = electron.ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(registered.sort()).toEqual([...channelNames].sort());
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as Array<{ label: string }>;
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(electron.app.on).toHaveBeenCalledWith('second-instance', expect.any(Function));
  });
});
