import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract.ts';
import type { MenuStrings } from '../i18n/menu-strings.ts';

export interface MenuOptions {
  strings: MenuStrings;
  highContrast: boolean;
  /** Shows developer entries (reload, dev tools) only in unpackaged builds. */
  developer: boolean;
  send: (command: MenuCommand) => void;
}

/** The application menu, in the user's language; commands that change the page go to the renderer. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { strings: s, send } = options;
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });
  const view: MenuItemConstructorOptions[] = [
    command(s.home, 'go-home', 'CmdOrCtrl+1'),
    command(s.programmes, 'go-programmes', 'CmdOrCtrl+2'),
    command(s.tasks, 'go-tasks', 'CmdOrCtrl+3'),
    command(s.meetings, 'go-meetings', 'CmdOrCtrl+4'),
    { type: 'separator' },
    command(s.fontLarger, 'font-larger', 'CmdOrCtrl+='),
    command(s.fontSmaller, 'font-smaller', 'CmdOrCtrl+-'),
    command(s.fontReset, 'font-reset', 'CmdOrCtrl+0'),
    {
      label: s.highContrast,
      type: 'checkbox',
      checked: options.highContrast,
      click: () => send('toggle-contrast'),
    },
  ];
  if (options.developer) {
    view.push(
      { type: 'separator' },
      { label: s.reload, role: 'reload' },
      { label: s.devTools, role: 'toggleDevTools' },
    );
  }
  return [
    { label: s.file, submenu: [{ label: s.quit, role: 'quit' }] },
    {
      label: s.edit,
      submenu: [
        { label: s.undo, role: 'undo' },
        { label: s.redo, role: 'redo' },
        { type: 'separator' },
        { label: s.cut, role: 'cut' },
        { label: s.copy, role: 'copy' },
        { label: s.paste, role: 'paste' },
        { label: s.selectAll, role: 'selectAll' },
      ],
    },
    { label: s.view, submenu: view },
    { label: s.help, submenu: [command(s.about, 'show-about')] },
  ];
}
