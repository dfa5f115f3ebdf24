import { CloudOutlined, DisconnectOutlined, SyncOutlined, WarningOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { formatDateTimeVi } from '../../../shared/text/date-format.ts';
import { useMessages } from '../i18n/messages.ts';
import { navigate } from '../state/router.ts';
import { useSyncStore } from '../state/sync-store.ts';
import { useUiStore } from '../state/ui-store.ts';

/** Connection and sync, changes waiting to be sent, version: always in sight at the bottom. */
export function StatusBar({ pendingChanges = 0 }: { pendingChanges?: number }) {
  const m = useMessages();
  const browserOnline = useUiStore((state) => state.online);
  const info = useUiStore((state) => state.appInfo);
  const sync = useSyncStore();
  // Honest about what "online" means here: the district server answering, not merely a network.
  const connection = !browserOnline
    ? { up: false, text: m.status.offline }
    : sync.phase === 'signed_out'
      ? { up: false, text: m.status.signedOut }
      : sync.phase === 'offline'
        ? { up: false, text: m.status.unreachable }
        : { up: true, text: m.status.online };

  const syncText = (() => {
    switch (sync.phase) {
      case 'signed_out':
        return m.sync.notSignedIn;
      case 'syncing':
        return m.sync.syncing;
      case 'error':
      case 'update_required':
        return sync.error ?? m.errors.internal;
      default:
        return sync.lastSyncAt ? m.sync.lastSync(formatDateTimeVi(sync.lastSyncAt)) : m.sync.never;
    }
  })();

  return (
    <Space role="status" aria-live="polite" size="large" className="status-bar" wrap>
      <span data-testid="status-connection" data-connected={connection.up}>
        {connection.up ? <CloudOutlined /> : <DisconnectOutlined />} {connection.text}
      </span>
      <span data-testid="status-pending">{m.status.pending(pendingChanges)}</span>
      <a
        href="#/sync"
        onClick={() => navigate('sync')}
        data-testid="status-sync"
        data-phase={sync.phase}
        data-last-sync={sync.lastSyncAt ?? 0}
      >
        {sync.phase === 'syncing' ? (
          <SyncOutlined spin />
        ) : sync.phase === 'error' ? (
          <WarningOutlined />
        ) : null}{' '}
        {syncText}
      </a>
      {info && (
        <Typography.Text type="secondary" data-testid="status-version">
          {m.status.version(info.version)} ·{' '}
          {info.host === 'electron' ? m.status.hostElectron : m.status.hostWeb}
        </Typography.Text>
      )}
    </Space>
  );
}
