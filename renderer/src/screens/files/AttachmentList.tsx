import { List, Spin, Typography } from 'antd';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import type { FileState } from '../../../../shared/ipc/files.ts';
import { seriesOf } from '../../files/attachment-series.ts';
import type { AttachTarget } from '../../files/attach-files.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AttachmentRow } from './AttachmentRow.tsx';
import { FileDropZone } from './FileDropZone.tsx';
import { useAttach } from './use-attach.ts';

interface Props {
  /** What the files attach to, for the picker's name ("Nội dung 1: …"). */
  label: string;
  target: Omit<AttachTarget, 'existing' | 'series'>;
  attachments: readonly Attachment[];
  states: Map<string, FileState>;
  readOnly: boolean;
}

/** The files of one record, as documents with versions, and where to add more. */
export function AttachmentList({ label, target, attachments, states, readOnly }: Props) {
  const m = useMessages().files;
  const { busy, attach } = useAttach();
  const series = seriesOf(attachments);
  return (
    <section aria-label={label} className="attachment-list">
      <Typography.Title level={3} style={{ fontSize: '1em' }}>
        {label}
      </Typography.Title>
      {series.length === 0 ? (
        <Typography.Paragraph type="secondary">{m.none}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={series}
          rowKey={(entry) => entry.seriesId}
          renderItem={(entry) => (
            <AttachmentRow
              series={entry}
              states={states}
              readOnly={readOnly}
              onNewVersion={(chosen, files) =>
                void attach({ ...target, existing: attachments, series: chosen }, files)
              }
            />
          )}
        />
      )}
      {!readOnly && (
        <FileDropZone
          label={label}
          disabled={busy !== null}
          onFiles={(files) => void attach({ ...target, existing: attachments }, files)}
        />
      )}
      {busy !== null && (
        <Typography.Text role="status">
          <Spin size="small" /> {m.adding(busy)}
        </Typography.Text>
      )}
    </section>
  );
}
