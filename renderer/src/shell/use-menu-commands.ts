import { Modal } from 'antd';
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract.ts';
import { useMessages } from '../i18n/messages.ts';
import { useApi } from '../platform/api-context.tsx';
import { navigate } from '../state/router.ts';
import { useDisplayActions } from './use-display-actions.ts';

/** Carries out the application menu's commands, which main sends as events. */
export function useMenuCommands(): void {
  const api = useApi();
  const m = useMessages();
  const actions = useDisplayActions();
  useEffect(() => {
    const run: Record<MenuCommand, () => void> = {
      'font-larger': () => void actions.larger(),
      'font-smaller': () => void actions.smaller(),
      'font-reset': () => void actions.reset(),
      'toggle-contrast': () => void actions.toggleContrast(),
      'go-home': () => navigate('home'),
      'go-programmes': () => navigate('programmes'),
      'go-tasks': () => navigate('tasks'),
      'go-meetings': () => navigate('meetings'),
      'show-about': () => void Modal.info({ title: m.about.title, content: m.about.body }),
    };
    return api.on('menu.command', ({ command }) => run[command]());
  }, [api, m, actions]);
}
