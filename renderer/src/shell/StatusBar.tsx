import { CloudOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useMessages } from '../i18n/messages.ts';
import { useUiStore } from '../state/ui-store.ts';

/** Connection, changes waiting to sync, version. Sync fills in the counts when it lands. */
export function StatusBar({ pendingChanges = 0 }: { pendingChanges?: number }) {
  const m = useMessages();
  const online = useUiStore((state) => state.online);
  const info = useUiStore((state) => state.appInfo);
  return (
    <Space role="status" aria-live="polite" size="large" className="status-bar" wrap>
      <span data-testid="status-connection">
        {online ? <CloudOutlined /> : <DisconnectOutlined />} {online ? m.status.online : m.status.offline}
      </span>
      <span data-testid="status-pending">{m.status.pending(pendingChanges)}</span>
      {info && (
        <Typography.Text type="secondary" data-testid="status-version">
          {m.status.version(info.version)} ·{' '}
          {info.host === 'electron' ? m.status.hostElectron : m.status.hostWeb}
        </Typography.Text>
      )}
    </Space>
  );
}
