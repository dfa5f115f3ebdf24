import { FilePdfOutlined, FileZipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { seriesOf } from '../../files/attachment-series.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';

/** The current version of every document, with the part of the meeting it belongs to, in agenda order. */
function bundleItems(detail: MeetingDetail, attachments: readonly Attachment[], general: string) {
  const order = new Map(
    detail.agenda.map((item, index) => [item.id, { order: index + 1, part: item.title }]),
  );
  return seriesOf(attachments).map(({ current }) => {
    const place = current.owner.kind === 'agendaItem' ? order.get(current.owner.agendaItemId) : undefined;
    return {
      order: place?.order ?? 0,
      part: place?.part ?? general,
      name: current.name,
      sha256: current.sha256,
      mediaType: current.mediaType,
    };
  });
}

/** "Tải bộ tài liệu": the meeting's materials as one ZIP, or its PDFs merged into one. */
export function BundleButtons({
  detail,
  attachments,
}: {
  detail: MeetingDetail;
  attachments: readonly Attachment[];
}) {
  const m = useMessages().files;
  const api = useApi();
  const { message } = App.useApp();
  const make = async (kind: 'zip' | 'pdf') => {
    const items = bundleItems(detail, attachments, m.generalPart);
    const result = await api.invoke('files.bundle', { kind, title: detail.meeting.title, items });
    if (!result.ok) return void message.error(result.error.message);
    if (!result.value.saved) return;
    const { url, skipped } = result.value;
    if (url) window.open(url, '_blank', 'noopener');
    void message.success(m.bundled(result.value.path));
    if (skipped.length > 0)
      void message.warning(m.bundleSkipped(skipped.map((entry) => entry.name).join(', ')));
  };
  const none = attachments.length === 0;
  return (
    <>
      <Button icon={<FileZipOutlined />} disabled={none} onClick={() => void make('zip')}>
        {m.bundleZip}
      </Button>
      <Button icon={<FilePdfOutlined />} disabled={none} onClick={() => void make('pdf')}>
        {m.bundlePdf}
      </Button>
    </>
  );
}
