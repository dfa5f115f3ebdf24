import { Card, Table } from 'antd';
import { useMemo } from 'react';
import type { AuditEntry } from '../../../../shared/sync/admin-api.ts';
import { formatDateVi, formatTimeVi } from '../../../../shared/text/date-format.ts';
import { useAdminQuery } from '../../data/use-admin.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AdminLoadView } from './AdminLoadView.tsx';
import { NO_INPUT, unitNameMap } from './admin-options.ts';

const AUDIT_INPUT = { limit: 500 };

/** "05/01/2022 08:30": the time of an audit line, in Vietnam's time. */
export function auditTime(at: number): string {
  return `${formatDateVi(at)} ${formatTimeVi(at)}`;
}

/** "Nhật ký": every administration action, newest first. */
export function AuditTab() {
  const m = useMessages();
  const t = m.admin.audit;
  const audit = useAdminQuery('admin.audit', AUDIT_INPUT);
  const units = useAdminQuery('admin.units', NO_INPUT);
  // A unit's id reads as its name; usernames and other ids stay as the server wrote them.
  const names = unitNameMap(units.load.status === 'ready' ? units.load.value.units : []);
  const entries = useMemo(
    () =>
      audit.load.status === 'ready'
        ? [...audit.load.value.entries].sort((a, b) => b.at - a.at || b.id - a.id)
        : [],
    [audit.load],
  );
  return (
    <Card title={m.admin.tabs.audit} size="small">
      <AdminLoadView load={audit.load} reload={audit.reload}>
        {() => (
          <Table<AuditEntry>
            size="small"
            rowKey="id"
            dataSource={entries}
            pagination={entries.length > 50 ? { pageSize: 50 } : false}
            locale={{ emptyText: t.empty }}
            columns={[
              { title: t.at, key: 'at', render: (_, e) => auditTime(e.at) },
              { title: t.actor, dataIndex: 'actorName', key: 'actor' },
              { title: t.action, key: 'action', render: (_, e) => t.actions[e.action] },
              { title: t.target, key: 'target', render: (_, e) => names.get(e.target) ?? e.target },
            ]}
          />
        )}
      </AdminLoadView>
    </Card>
  );
}
