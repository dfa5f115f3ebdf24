import { Alert, App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { usePendingCount } from '../../data/use-pending-count.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';
import { useSyncStore } from '../../state/sync-store.ts';
import { useSyncActions } from '../../sync-engine/sync-provider.tsx';
import { ConflictInbox } from './ConflictInbox.tsx';
import { CopyOwnerLine } from './CopyOwnerLine.tsx';
import { LoginForm } from './LoginForm.tsx';
import { RejectedList } from './RejectedList.tsx';
import { SignOutDialog } from './SignOutDialog.tsx';

/** Đồng bộ: sign in, see where sync stands, review conflicts and the changes the server refused. */
export function SyncScreen() {
  const m = useMessages();
  const { modal } = App.useApp();
  const status = useSyncStore();
  const pending = usePendingCount();
  const actions = useSyncActions();
  const [signingOut, setSigningOut] = useState(false);
  const { db } = useDb();
  const unsent = useLiveQuery(async () => (await db.outbox.count()) + (await db.rejected.count()), [db]) ?? 0;

  const signOut = async (removeCopy: boolean) => {
    const failure = await actions.signOut({ removeCopy });
    if (failure === null) return; // the app reopens on the unowned copy
    setSigningOut(false);
    modal.error({ title: m.copies.signOutFailed, content: failure });
  };

  return (
    <section aria-labelledby="sync-title">
      <ScreenTitle id="sync-title">{m.sync.panel}</ScreenTitle>
      <CopyOwnerLine />
      <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 1000 }}>
        {!status.user ? (
          <Card title={m.sync.login}>
            <LoginForm />
          </Card>
        ) : (
          <Card
            title={m.sync.signedInAs(status.user.displayName)}
            extra={<Button onClick={() => setSigningOut(true)}>{m.sync.signOut}</Button>}
          >
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={m.sync.serverUrl}>{status.serverUrl}</Descriptions.Item>
              <Descriptions.Item label={m.nav.data}>{m.status.pending(pending)}</Descriptions.Item>
              <Descriptions.Item label={m.sync.panel}>
                {status.lastSyncAt ? m.sync.lastSync(formatDateTimeVi(status.lastSyncAt)) : m.sync.never}
              </Descriptions.Item>
            </Descriptions>
            {status.progress && (
              <Typography.Paragraph role="status">
                {m.sync.progress(m.sync.phases[status.progress.phase], status.progress.done)}
              </Typography.Paragraph>
            )}
            {status.error && (
              <Alert type="error" showIcon message={status.error} style={{ marginBottom: 12 }} />
            )}
            {status.massDeletion && (
              <Alert
                type="warning"
                showIcon
                message={m.sync.massDeletion(status.massDeletion.deletions, status.massDeletion.liveRecords)}
                action={<Button onClick={actions.confirmDeletion}>{m.sync.confirmDeletion}</Button>}
                style={{ marginBottom: 12 }}
              />
            )}
            <Button type="primary" loading={status.phase === 'syncing'} onClick={actions.syncNow}>
              {status.phase === 'syncing' ? m.sync.syncing : m.sync.syncNow}
            </Button>
          </Card>
        )}
        <SignOutDialog
          open={signingOut}
          unsent={unsent}
          onCancel={() => setSigningOut(false)}
          onConfirm={signOut}
        />
        <Card title={m.sync.conflicts}>
          <ConflictInbox />
        </Card>
        <Card title={m.sync.rejected}>
          <RejectedList />
        </Card>
      </Space>
    </section>
  );
}
