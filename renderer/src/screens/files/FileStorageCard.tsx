import { App, Button, Card, List, Popconfirm, Typography } from 'antd';
import { formatFileSize } from '../../../../shared/files/file-size.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useMeetingStorage } from '../../files/use-meeting-storage.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useUiStore } from '../../state/ui-store.ts';

/**
 * Dung lượng tài liệu: the space each meeting's files take on this machine, and a button to free it (the
 * records stay; the files are fetched again when opened or when the meeting comes near).
 */
export function FileStorageCard() {
  const m = useMessages().storage;
  const api = useApi();
  const { message } = App.useApp();
  const locale = useUiStore((state) => state.settings.locale);
  const { meetings, refresh } = useMeetingStorage();
  const free = async (sha256s: string[]) => {
    const result = await api.invoke('files.free', { sha256s });
    if (result.ok) void message.success(m.freed(formatFileSize(result.value.freed, locale)));
    else void message.error(result.error.message);
    refresh();
  };
  const total = (meetings ?? []).reduce((sum, meeting) => sum + (meeting.bytes ?? 0), 0);
  return (
    <Card title={m.title}>
      <Typography.Paragraph>{m.intro(formatFileSize(total, locale))}</Typography.Paragraph>
      <List
        size="small"
        loading={!meetings}
        dataSource={meetings ?? []}
        // antd's own empty text is too pale for AA contrast; ours is body text.
        locale={{ emptyText: <Typography.Text>{m.none}</Typography.Text> }}
        rowKey={(meeting) => meeting.meetingId}
        renderItem={(meeting) => (
          <List.Item
            actions={[
              <Popconfirm key="free" title={m.freeConfirm} onConfirm={() => void free(meeting.sha256s)}>
                <Button size="small" disabled={!meeting.bytes} aria-label={m.freeOf(meeting.title)}>
                  {m.free}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={meeting.title}
              description={`${formatDateVi(meeting.startsAt)} · ${m.files(meeting.sha256s.length)} · ${
                meeting.bytes === null ? '…' : formatFileSize(meeting.bytes, locale)
              }`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
