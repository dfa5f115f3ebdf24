import { Button, List, Typography } from 'antd';
import { useMessages } from '../../i18n/messages.ts';
import type { BackupList } from './use-backup-actions.ts';

/** The backups in the backup folder, each with its size and a button to restore it. */
export function BackupFileList(props: { list: BackupList; onRestore: (name: string) => void }) {
  const m = useMessages();
  const { list } = props;
  return (
    <List
      style={{ marginTop: 16 }}
      header={<Typography.Text type="secondary">{m.data.folder(list.folder)}</Typography.Text>}
      locale={{ emptyText: m.data.noBackups }}
      dataSource={list.files}
      renderItem={(file) => (
        <List.Item
          actions={[
            <Button key="restore" onClick={() => props.onRestore(file.name)}>
              {m.data.restore}
            </Button>,
          ]}
        >
          {file.name} · {(file.bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB
        </List.Item>
      )}
    />
  );
}
