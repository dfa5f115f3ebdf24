import { App } from 'antd';
import { useCallback, useMemo } from 'react';
import type { SettingsPatch } from '../../../shared/ipc/settings.ts';
import { useMessages } from '../i18n/messages.ts';
import { useApi } from '../platform/api-context.tsx';
import { stepFontScale, useUiStore } from '../state/ui-store.ts';

/** Font size, contrast and language: saved by main, so they survive restarts. */
export function useDisplayActions() {
  const api = useApi();
  const m = useMessages();
  const { message } = App.useApp();
  const setSettings = useUiStore((state) => state.setSettings);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.invoke('settings.update', patch);
      if (result.ok) setSettings(result.value);
      else void message.error(m.errors[result.error.code]);
    },
    [api, m, message, setSettings],
  );

  return useMemo(
    () => ({
      update,
      larger: () => update({ fontScale: stepFontScale(useUiStore.getState().settings.fontScale, 1) }),
      smaller: () => update({ fontScale: stepFontScale(useUiStore.getState().settings.fontScale, -1) }),
      reset: () => update({ fontScale: 1 }),
      toggleContrast: () => update({ highContrast: !useUiStore.getState().settings.highContrast }),
    }),
    [update],
  );
}
