import './files.css';
import { CloudDownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Spin, Typography } from 'antd';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { seriesOf } from '../../files/attachment-series.ts';
import { useMeetingAttachments } from '../../files/use-attachments.ts';
import { useFileStates } from '../../files/use-file-states.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';
import { AttachmentList } from './AttachmentList.tsx';
import { BundleButtons } from './BundleButtons.tsx';

/** "Tải về để dùng ngoại tuyến": fetch the current version of every file of the meeting. */
function OfflineButton({
  detail,
  attachments,
  local,
}: {
  detail: MeetingDetail;
  attachments: readonly Attachment[];
  local: number;
}) {
  const m = useMessages().files;
  const api = useApi();
  const { message } = App.useApp();
  const current = seriesOf(attachments).map((entry) => entry.current);
  const fetchAll = async () => {
    const blobs = current.map(({ sha256, spaceId, size }) => ({ sha256, spaceId, size }));
    const result = await api.invoke('files.fetch', { blobs });
    if (result.ok) void message.info(m.offlineQueued(result.value.queued));
    else void message.error(result.error.message);
  };
  return (
    <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
      <Button
        icon={<CloudDownloadOutlined />}
        onClick={() => void fetchAll()}
        disabled={current.length === 0}
      >
        {m.offline}
      </Button>
      <BundleButtons detail={detail} attachments={attachments} />
      <Typography.Text type="secondary">{m.offlineHint}</Typography.Text>
      <Typography.Text data-testid="files-local-count">{m.localCount(local, current.length)}</Typography.Text>
    </Flex>
  );
}

/** The Tài liệu tab: the meeting's own files, then each agenda item's drafts, in the agenda's order. */
export function MaterialsTab({ detail, readOnly }: { detail: MeetingDetail; readOnly: boolean }) {
  const m = useMessages().files;
  const meetingId = detail.meeting.id;
  const attachments = useMeetingAttachments(meetingId);
  const states = useFileStates((attachments ?? []).map((attachment) => attachment.sha256));
  if (!attachments) return <Spin />;
  const spaceId = meetingSpace(meetingId);
  const ofMeeting = attachments.filter((attachment) => attachment.owner.kind === 'meeting');
  const current = seriesOf(attachments).map((entry) => entry.current);
  const local = current.filter((attachment) => states.get(attachment.sha256)?.state === 'local').length;
  return (
    <section aria-label={m.title}>
      <OfflineButton detail={detail} attachments={attachments} local={local} />
      <AttachmentList
        label={m.meetingFiles}
        target={{ owner: { kind: 'meeting', meetingId }, spaceId }}
        attachments={ofMeeting}
        states={states}
        readOnly={readOnly}
      />
      {detail.agenda.map((item, index) => (
        <AttachmentList
          key={item.id}
          label={m.itemFiles(index + 1, item.title)}
          target={{ owner: { kind: 'agendaItem', meetingId, agendaItemId: item.id }, spaceId }}
          attachments={attachments.filter(
            (attachment) =>
              attachment.owner.kind === 'agendaItem' && attachment.owner.agendaItemId === item.id,
          )}
          states={states}
          readOnly={readOnly}
        />
      ))}
    </section>
  );
}
