import { Card, Col, Input, Row, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { AdminAccount } from '../../../../shared/sync/admin-api.ts';
import { useAdminQuery } from '../../data/use-admin.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useClearable } from '../../shell/accessible-icons.tsx';
import { AccountActions, CapabilityToggles } from './AccountActions.tsx';
import { AccountForm } from './AccountForm.tsx';
import { AdminLoadView } from './AdminLoadView.tsx';
import { NO_INPUT, unitNameMap } from './admin-options.ts';

/** "Tài khoản": who may sign in, with what, and the administrator's actions on each account. */
export function AccountsTab() {
  const m = useMessages();
  const clearable = useClearable();
  const [q, setQ] = useState('');
  const input = useMemo(() => (q.trim() ? { q: q.trim() } : {}), [q]);
  const accounts = useAdminQuery('admin.accounts', input);
  const units = useAdminQuery('admin.units', NO_INPUT);
  const people = useAdminQuery('admin.people', NO_INPUT);
  const unitList = units.load.status === 'ready' ? units.load.value.units : [];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={16}>
        <Card title={m.admin.tabs.accounts} size="small">
          <Input.Search
            allowClear={clearable}
            aria-label={m.admin.accounts.search}
            placeholder={m.admin.accounts.searchPlaceholder}
            onSearch={setQ}
            style={{ width: 320, marginBottom: 12 }}
          />
          <AdminLoadView load={accounts.load} reload={accounts.reload}>
            {(value) => (
              <AccountTable
                accounts={value.accounts}
                unitNames={unitNameMap(unitList)}
                onChanged={accounts.reload}
              />
            )}
          </AdminLoadView>
        </Card>
      </Col>
      <Col xs={24} xxl={8}>
        <AccountForm
          units={unitList}
          people={people.load.status === 'ready' ? people.load.value.people : []}
          onAdded={accounts.reload}
        />
      </Col>
    </Row>
  );
}

function AccountTable(props: {
  accounts: AdminAccount[];
  unitNames: ReadonlyMap<string, string>;
  onChanged: () => void;
}) {
  const m = useMessages();
  const t = m.admin.accounts;
  return (
    <Table<AdminAccount>
      size="small"
      rowKey="id"
      dataSource={props.accounts}
      pagination={props.accounts.length > 50 ? { pageSize: 50 } : false}
      locale={{ emptyText: t.empty }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t.username, dataIndex: 'username', key: 'username' },
        { title: t.displayName, dataIndex: 'displayName', key: 'displayName' },
        {
          title: t.unit,
          key: 'unit',
          render: (_, a) => (a.unitId === null ? m.admin.none : (props.unitNames.get(a.unitId) ?? a.unitId)),
        },
        {
          title: t.isAdmin,
          key: 'isAdmin',
          render: (_, a) => (a.isAdmin ? <Tag color="blue">{t.isAdmin}</Tag> : null),
        },
        {
          title: t.status,
          key: 'status',
          render: (_, a) => (a.disabled ? <Tag color="red">{t.disabled}</Tag> : <Tag>{t.active}</Tag>),
        },
        { title: t.sessions, dataIndex: 'sessions', key: 'sessions' },
        {
          title: t.capabilities,
          key: 'capabilities',
          render: (_, a) => <CapabilityToggles account={a} onChanged={props.onChanged} />,
        },
        {
          title: t.actions,
          key: 'actions',
          render: (_, a) => <AccountActions account={a} onChanged={props.onChanged} />,
        },
      ]}
    />
  );
}
