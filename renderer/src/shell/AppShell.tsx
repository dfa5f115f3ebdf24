import {
  CalendarOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  DatabaseOutlined,
  HomeOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useAdminAccess } from '../data/use-admin.ts';
import { usePendingCount } from '../data/use-pending-count.ts';
import { useMessages } from '../i18n/messages.ts';
import { navigate, type RouteName } from '../state/router.ts';
import { DisplayControls } from './DisplayControls.tsx';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useFetchUpcoming } from '../files/use-fetch-upcoming.ts';

/** Menu icons sit beside their labels: decorative, so hidden from screen readers (not "home", "sync"…). */
function useMenuItems(isAdmin: boolean) {
  const m = useMessages();
  return [
    { key: 'home', icon: <HomeOutlined aria-hidden="true" />, label: m.nav.home },
    { key: 'programmes', icon: <ProjectOutlined aria-hidden="true" />, label: m.nav.programmes },
    { key: 'tasks', icon: <CheckSquareOutlined aria-hidden="true" />, label: m.nav.tasks },
    { key: 'meetings', icon: <CalendarOutlined aria-hidden="true" />, label: m.nav.meetings },
    { key: 'directory', icon: <ContactsOutlined aria-hidden="true" />, label: m.nav.directory },
    { type: 'divider' as const },
    { key: 'sync', icon: <SyncOutlined aria-hidden="true" />, label: m.sync.panel },
    { key: 'data', icon: <DatabaseOutlined aria-hidden="true" />, label: m.nav.data },
    // Administrators only (the saved access says so); the server refuses anyone else anyway.
    ...(isAdmin
      ? [{ key: 'admin', icon: <SafetyCertificateOutlined aria-hidden="true" />, label: m.nav.admin }]
      : []),
  ];
}

/** The frame around every screen: navigation for the three jobs, display controls, status bar. */
export function AppShell({ route, children }: { route: RouteName; children: ReactNode }) {
  const m = useMessages();
  const pending = usePendingCount();
  const items = useMenuItems(useAdminAccess()?.isAdmin === true);
  useFetchUpcoming();
  return (
    <Layout className="app-shell">
      <SkipLink label={m.shell.skipToMain} />
      {/* Sticky (styles.css): it stays in view on long pages; its menu scrolls inside it. */}
      <Layout.Sider width={264} breakpoint="lg" collapsedWidth={64} theme="light" className="app-sider">
        <div className="app-brand">
          <Typography.Text strong>{m.appName}</Typography.Text>
        </div>
        <nav aria-label={m.shell.mainMenu} className="app-nav">
          <Menu
            mode="inline"
            selectedKeys={[route]}
            items={items}
            onClick={({ key }) => navigate(key as RouteName)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <DisplayControls />
        </Layout.Header>
        {/* antd's Content is the page's one <main> landmark; focusable for the skip link. */}
        <Layout.Content id={MAIN_CONTENT_ID} tabIndex={-1} className="app-content">
          {children}
        </Layout.Content>
        <Layout.Footer className="app-footer">
          <StatusBar pendingChanges={pending} />
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
