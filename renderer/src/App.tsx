import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect } from 'react';
import { useApi } from './platform/api-context.tsx';
import { AdminScreen } from './screens/admin/AdminScreen.tsx';
import { DataScreen } from './screens/data/DataScreen.tsx';
import { DirectoryScreen } from './screens/directory/DirectoryScreen.tsx';
import { HomeScreen } from './screens/HomeScreen.tsx';
import { MeetingScreen } from './screens/meetings/MeetingScreen.tsx';
import { MeetingsScreen } from './screens/meetings/MeetingsScreen.tsx';
import { ProgrammeScreen } from './screens/programmes/ProgrammeScreen.tsx';
import { ProgrammesScreen } from './screens/programmes/ProgrammesScreen.tsx';
import { SyncScreen } from './screens/sync/SyncScreen.tsx';
import { TasksScreen } from './screens/tasks/TasksScreen.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { useAccessibleIconConfig } from './shell/accessible-icons.tsx';
import { tagTextCss, themeFor } from './shell/theme.ts';
import { useMenuCommands } from './shell/use-menu-commands.ts';
import { useRoute, type Route } from './state/router.ts';
import { useUiStore } from './state/ui-store.ts';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'programmes':
      return route.id ? <ProgrammeScreen programmeId={route.id} /> : <ProgrammesScreen />;
    case 'tasks':
      return <TasksScreen />;
    case 'meetings':
      return route.id ? <MeetingScreen meetingId={route.id} /> : <MeetingsScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'data':
      return <DataScreen />;
    case 'directory':
      return <DirectoryScreen />;
    case 'admin':
      return <AdminScreen />;
  }
}

function Shell() {
  const route = useRoute();
  useMenuCommands();
  return (
    <AppShell route={route.name}>
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
  const iconConfig = useAccessibleIconConfig();

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
    <ConfigProvider
      locale={settings.locale === 'vi' ? viVN : enUS}
      theme={themeFor(settings)}
      // Vietnamese names for antd's clear and search buttons (its icons say "close-circle", "search").
      {...iconConfig}
    >
      {/* Preset tags' text colours (theme.ts): antd's CSS variables ignore the palette tokens. */}
      <style>{tagTextCss(settings.highContrast)}</style>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}
