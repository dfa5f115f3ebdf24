import { App, Button, Card, List, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { useDb } from '../../db/db-context.tsx';
import { exportBackup, ForeignBackupError, restoreBackup } from '../../db/backup.ts';
import { readOwner } from '../../db/copies.ts';
import { demoAssessmentDate, importDemoData } from '../../db/demo.ts';
import { isEmpty } from '../../db/import-dataset.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { useSyncActions } from '../../sync-engine/sync-provider.tsx';
import type { CopyOwner } from '../../db/local-db.ts';

type BackupList = ChannelOutput<'backup.list'>;

/** Backup and restore of the working copy, and the demo data for a new profile. */
export function DataScreen() {
  const m = useMessages();
  const api = useApi();
  const { db } = useDb();
  const { message, modal } = App.useApp();
  const info = useUiStore((state) => state.appInfo);
  const sync = useSyncActions();
  const [list, setList] = useState<BackupList | null>(null);
  const counts = useLiveQuery(
    async () => ({ empty: await isEmpty(db), pending: await db.outbox.count() }),
    [db],
  );

  const refresh = async () => {
    const result = await api.invoke('backup.list', {});
    if (result.ok) setList(result.value);
  };

  const backup = async () => {
    const file = await exportBackup(db, info?.profileId ?? '', Date.now());
    const result = await api.invoke('backup.save', { content: JSON.stringify(file) });
    if (!result.ok) void message.error(m.errors[result.error.code]);
    else if (result.value.saved) void message.success(m.data.backedUp(result.value.path));
    await refresh();
  };

  const restore = async (name?: string) => {
    const result = await api.invoke('backup.open', name ? { name } : {});
    if (!result.ok) {
      modal.error({ title: m.data.restoreRefused, content: result.error.message });
      return;
    }
    if (!result.value.opened) return;
    const { backup: file } = result.value;
    modal.confirm({
      title: m.data.restoreFrom,
      content: m.data.confirmRestore,
      onOk: async () => {
        const ownerBefore = await readOwner(db);
        const restored = await restoreBackup(db, file, Date.now()).catch((error: unknown) => {
          modal.error({ title: m.data.restoreRefused, content: refusal(error) });
          return null;
        });
        if (restored === null) return;
        void message.success(`${m.data.restored(restored)} ${m.copies.restoredResync}`);
        const ownerAfter = await readOwner(db);
        if (!ownerBefore && ownerAfter) void message.info(m.copies.restoredBoundTo(account(ownerAfter)));
        // The sync position was reset: resync now rather than at the next minute.
        sync.syncNow();
      },
    });
  };

  const account = (owner: CopyOwner) => m.copies.account(owner.displayName, owner.username, owner.serverUrl);
  const refusal = (error: unknown) =>
    error instanceof ForeignBackupError
      ? m.copies.foreignBackup(account(error.backupOwner), account(error.copyOwner))
      : String(error instanceof Error ? error.message : error);

  const loadDemo = async () => {
    const loaded = await importDemoData(db, Date.now());
    if (loaded === 0) void message.warning(m.data.demoOnlyEmpty);
    else {
      useUiStore.getState().setAssessmentDate(await demoAssessmentDate(db));
      void message.success(m.data.demoLoaded(loaded));
    }
  };

  return (
    <section aria-labelledby="data-title">
      <Typography.Title level={2} id="data-title">
        {m.data.title}
      </Typography.Title>
      <Typography.Paragraph className="lead">{m.data.intro}</Typography.Paragraph>
      <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
        <Card title={m.data.backup}>
          <Space wrap>
            <Button type="primary" onClick={() => void backup()}>
              {m.data.backup}
            </Button>
            <Button onClick={() => void refresh()}>{m.data.restoreFrom}</Button>
            {info?.nativeDialogs && <Button onClick={() => void restore()}>{m.data.chooseFile}</Button>}
          </Space>
          {list && (
            <List
              style={{ marginTop: 16 }}
              header={<Typography.Text type="secondary">{m.data.folder(list.folder)}</Typography.Text>}
              locale={{ emptyText: m.data.noBackups }}
              dataSource={list.files}
              renderItem={(file) => (
                <List.Item
                  actions={[
                    <Button key="restore" onClick={() => void restore(file.name)}>
                      {m.data.restore}
                    </Button>,
                  ]}
                >
                  {file.name} · {(file.bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB
                </List.Item>
              )}
            />
          )}
        </Card>
        {counts?.empty && (
          <Card title={m.data.demo}>
            <Button onClick={() => void loadDemo()}>{m.data.demo}</Button>
          </Card>
        )}
      </Space>
    </section>
  );
}
