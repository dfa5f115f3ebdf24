import { Button, Card, Space, Typography } from 'antd';
import { useMessages } from '../../i18n/messages.ts';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { FileStorageCard } from '../files/FileStorageCard.tsx';
import { BackupFileList } from './BackupFileList.tsx';
import { DemoDataCard, useDemoOffered } from './DemoDataCard.tsx';
import { useBackupActions } from './use-backup-actions.ts';

/** Backup and restore of the working copy, and the demo data for a new profile. */
export function DataScreen() {
  const m = useMessages();
  const info = useUiStore((state) => state.appInfo);
  const { list, refresh, backup, restore } = useBackupActions();
  const demoOffered = useDemoOffered();

  return (
    <section aria-labelledby="data-title">
      <ScreenTitle id="data-title">{m.data.title}</ScreenTitle>
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
          {list && <BackupFileList list={list} onRestore={(name) => void restore(name)} />}
        </Card>
        <FileStorageCard />
        {demoOffered && <DemoDataCard />}
      </Space>
    </section>
  );
}
