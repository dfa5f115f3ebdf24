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
import { StatusBar } from './StatusBar.tsx';

/** The frame around every screen: navigation for the three jobs, display controls, status bar. */
export function AppShell({ route, children }: { route: RouteName; children: ReactNode }) {
  const m = useMessages();
  const pending = usePendingCount();
  const isAdmin = useAdminAccess()?.isAdmin === true;
  const items = [
    { key: 'home', icon: <HomeOutlined />, label: m.nav.home },
    { key: 'programmes', icon: <ProjectOutlined />, label: m.nav.programmes },
    { key: 'tasks', icon: <CheckSquareOutlined />, label: m.nav.tasks },
    { key: 'meetings', icon: <CalendarOutlined />, label: m.nav.meetings },
    { key: 'directory', icon: <ContactsOutlined />, label: m.nav.directory },
    { type: 'divider' as const },
    { key: 'sync', icon: <SyncOutlined />, label: m.sync.panel },
    { key: 'data', icon: <DatabaseOutlined />, label: m.nav.data },
    // Administrators only (the saved access says so); the server refuses anyone else anyway.
    ...(isAdmin ? [{ key: 'admin', icon: <SafetyCertificateOutlined />, label: m.nav.admin }] : []),
  ];
  return (
    <Layout className="app-shell">
      <Layout.Sider width={250} breakpoint="lg" collapsedWidth={64} theme="light" className="app-sider">
        <div className="app-brand">
          <Typography.Text strong>{m.appName}</Typography.Text>
        </div>
        <nav aria-label={m.appName}>
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
        {/* antd's Content is the page's one <main> landmark. */}
        <Layout.Content className="app-content">{children}</Layout.Content>
        <Layout.Footer className="app-footer">
          <StatusBar pendingChanges={pending} />
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
