import { Result, Spin, Tabs, Typography } from 'antd';
import { useAdminAccess } from '../../data/use-admin.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';
import { AccountsTab } from './AccountsTab.tsx';
import { AuditTab } from './AuditTab.tsx';
import { PeopleTab } from './PeopleTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';

/**
 * Quản trị: the district administrator's work on the server (online only). Not signed in, it says so;
 * the server itself refuses anyone else, and each tab shows that refusal in words.
 */
export function AdminScreen() {
  const m = useMessages();
  const access = useAdminAccess();
  const heading = (
    <ScreenTitle id="admin-title" style={{ marginTop: 0 }}>
      {m.admin.title}
    </ScreenTitle>
  );
  if (access === undefined) return <Spin />;
  if (!access.signedIn)
    return (
      <section aria-labelledby="admin-title">
        {heading}
        <div role="alert" data-testid="admin-signed-out">
          <Result status="info" title={m.admin.problems.signedOut} />
        </div>
      </section>
    );
  return (
    <section aria-labelledby="admin-title">
      {heading}
      <Typography.Paragraph type="secondary">{m.admin.intro}</Typography.Paragraph>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'units', label: m.admin.tabs.units, children: <UnitsTab /> },
          { key: 'people', label: m.admin.tabs.people, children: <PeopleTab /> },
          { key: 'accounts', label: m.admin.tabs.accounts, children: <AccountsTab /> },
          { key: 'audit', label: m.admin.tabs.audit, children: <AuditTab /> },
        ]}
      />
    </section>
  );
}
