import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect } from 'react';
import { useMessages } from './i18n/messages.ts';
import { useApi } from './platform/api-context.tsx';
import { EmptyJobScreen } from './screens/EmptyJobScreen.tsx';
import { HomeScreen } from './screens/HomeScreen.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { themeFor } from './shell/theme.ts';
import { useMenuCommands } from './shell/use-menu-commands.ts';
import { useRoute, type Route } from './state/router.ts';
import { useUiStore } from './state/ui-store.ts';

function Screen({ route }: { route: Route }) {
  const m = useMessages();
  switch (route) {
    case 'home':
      return <HomeScreen />;
    case 'programmes':
      return <EmptyJobScreen title={m.nav.programmes} empty={m.empty.programmes} />;
    case 'tasks':
      return <EmptyJobScreen title={m.nav.tasks} empty={m.empty.tasks} />;
    case 'meetings':
      return <EmptyJobScreen title={m.nav.meetings} empty={m.empty.meetings} />;
  }
}

function Shell() {
  const route = useRoute();
  useMenuCommands();
  return (
    <AppShell route={route}>
      <Screen route={route} />
    </AppShell>
  );
}

/** The root: theme and locale from the user's settings, kept in step with main's events. */
export function App() {
  const api = useApi();
  const settings = useUiStore((state) => state.settings);
  const setSettings = useUiStore((state) => state.setSettings);
  const setOnline = useUiStore((state) => state.setOnline);

  useEffect(() => api.on('settings.changed', setSettings), [api, setSettings]);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [setOnline]);
  useEffect(() => {
    dayjs.locale(settings.locale === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = settings.locale;
    document.documentElement.style.fontSize = `${Math.round(16 * settings.fontScale)}px`;
    document.documentElement.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  }, [settings]);

  return (
    <ConfigProvider locale={settings.locale === 'vi' ? viVN : enUS} theme={themeFor(settings)}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}
