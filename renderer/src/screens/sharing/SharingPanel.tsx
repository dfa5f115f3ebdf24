import { Alert, App, Button, Flex, Popconfirm, Select, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Role } from '../../../../shared/sync/protocol.ts';
import type { SpaceGrant } from '../../../../shared/sync/spaces-api.ts';
import { SharingFailure, useSpaceSharing, type SpaceSharing } from '../../data/use-space-sharing.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AddGrantForm } from './AddGrantForm.tsx';
import { sharingError } from './sharing-errors.ts';
import { alertIcon } from '../programmes/alert-icons.tsx';

/** Runs one change of grants: the success said briefly, a refusal kept on screen until the next try. */
export function useSharingRun() {
  const m = useMessages();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>, done: string): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      void message.success(done);
      return true;
    } catch (error) {
      if (!(error instanceof SharingFailure)) throw error;
      setFailure(sharingError(m, error.code));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, failure };
}

type Run = ReturnType<typeof useSharingRun>['run'];

function RoleCell(props: { grant: SpaceGrant; sharing: SpaceSharing; run: Run; busy: boolean }) {
  const m = useMessages();
  const t = m.sharing;
  const { grant, sharing } = props;
  // A manager gives read and write; only an administrator gives, changes or takes away `manage`.
  if (grant.role === 'manage' && !sharing.me.isAdmin)
    return <Tag title={t.manageByAdmin}>{t.roles.manage}</Tag>;
  const roles: Role[] = sharing.me.isAdmin ? ['read', 'write', 'manage'] : ['read', 'write'];
  return (
    <Select<Role>
      aria-label={t.roleOf(grant.displayName)}
      value={grant.role}
      disabled={props.busy}
      style={{ minWidth: '11em' }}
      options={roles.map((role) => ({ value: role, label: t.roles[role] }))}
      onChange={(role) =>
        void props.run(() => sharing.setRole(grant.userId, role), t.changed(grant.displayName))
      }
    />
  );
}

function RemoveCell(props: { grant: SpaceGrant; sharing: SpaceSharing; run: Run; busy: boolean }) {
  const t = useMessages().sharing;
  const { grant, sharing } = props;
  if (grant.role === 'manage' && !sharing.me.isAdmin) return null;
  return (
    <Popconfirm
      title={t.removeConfirm(grant.displayName)}
      okText={t.removeYes}
      cancelText={t.removeNo}
      onConfirm={() => props.run(() => sharing.remove(grant.userId), t.removed(grant.displayName))}
    >
      <Button danger size="small" disabled={props.busy} aria-label={t.removeOf(grant.displayName)}>
        {t.remove}
      </Button>
    </Popconfirm>
  );
}

function GrantTable(props: { grants: SpaceGrant[]; sharing: SpaceSharing; run: Run; busy: boolean }) {
  const t = useMessages().sharing;
  const { sharing } = props;
  const cell = { sharing, run: props.run, busy: props.busy };
  return (
    <Table<SpaceGrant>
      rowKey="userId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={props.grants}
      locale={{ emptyText: t.empty }}
      columns={[
        {
          key: 'person',
          title: t.person,
          render: (_, g) => (g.userId === sharing.me.userId ? `${g.displayName} ${t.you}` : g.displayName),
        },
        {
          key: 'unit',
          title: t.unit,
          render: (_, g) => (g.unitId === null ? t.noUnit : (sharing.unitNames.get(g.unitId) ?? t.noUnit)),
        },
        { key: 'role', title: t.role, render: (_, g) => <RoleCell grant={g} {...cell} /> },
        { key: 'actions', title: t.actions, render: (_, g) => <RemoveCell grant={g} {...cell} /> },
      ]}
    />
  );
}

/** The sharing of one space, online: who has read, write or manage, and the manager's changes to it. */
export function SharingPanel({ spaceId }: { spaceId: string }) {
  const m = useMessages();
  const t = m.sharing;
  const sharing = useSpaceSharing(spaceId);
  const { run, busy, failure } = useSharingRun();
  const { load } = sharing;
  if (load.status === 'loading') return <Spin description={t.loading} />;
  if (load.status === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        icon={alertIcon.error}
        role="alert"
        title={sharingError(m, load.code)}
        action={<Button onClick={sharing.reload}>{t.retry}</Button>}
      />
    );
  return (
    <Flex vertical gap={16} data-testid="sharing-panel">
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon icon={alertIcon.error} role="alert" title={failure} />}
      <GrantTable grants={load.grants} sharing={sharing} run={run} busy={busy} />
      <AddGrantForm grants={load.grants} sharing={sharing} run={run} busy={busy} />
    </Flex>
  );
}
