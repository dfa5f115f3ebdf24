import { FileOutlined } from '@ant-design/icons';
import { App, Button, Collapse, Flex, List, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import type { FileState } from '../../../../shared/ipc/files.ts';
import { formatFileSize } from '../../../../shared/files/file-size.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import type { AttachmentSeries } from '../../files/attachment-series.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { previewKind } from '../../files/preview-kind.ts';
import { FilePreview } from './FilePreview.tsx';
import { FileStateTag } from './FileStateTag.tsx';

interface Props {
  series: AttachmentSeries;
  states: Map<string, FileState>;
  readOnly: boolean;
  onNewVersion: (series: AttachmentSeries, files: File[]) => void;
}

/** Opens a local file with the system's application; in a browser, downloads it. */
function useOpen() {
  const m = useMessages().files;
  const api = useApi();
  const { message } = App.useApp();
  return async (attachment: Attachment, state: FileState | undefined) => {
    if (state?.state !== 'local') return void message.info(m.notLocal);
    const result = await api.invoke('files.open', { sha256: attachment.sha256, name: attachment.name });
    if (!result.ok) return void message.error(result.error.message);
    if (!result.value.opened) window.open(result.value.url, '_blank', 'noopener');
  };
}

function Line({ attachment, state }: { attachment: Attachment; state: FileState | undefined }) {
  const m = useMessages().files;
  const locale = useUiStore((s) => s.settings.locale);
  const open = useOpen();
  const [previewing, setPreviewing] = useState(false);
  const canPreview = state?.state === 'local' && previewKind(attachment.name, attachment.mediaType) !== null;
  return (
    <Flex gap={8} align="center" wrap>
      {previewing && <FilePreview attachment={attachment} onClose={() => setPreviewing(false)} />}
      <FileOutlined aria-hidden />
      <Button
        type="link"
        onClick={() => void open(attachment, state)}
        aria-label={m.openName(attachment.name)}
      >
        {attachment.name}
      </Button>
      <Typography.Text type="secondary">
        {m.version(attachment.version)} · {formatFileSize(attachment.size, locale)} ·{' '}
        {m.uploadedBy(attachment.uploader, formatDateTimeVi(attachment.uploadedAt))}
      </Typography.Text>
      <FileStateTag state={state} />
      {canPreview && (
        <Button size="small" onClick={() => setPreviewing(true)} aria-label={m.previewOf(attachment.name)}>
          {m.preview}
        </Button>
      )}
    </Flex>
  );
}

/** One document: its current version (open, upload a new one) and, folded, the versions before it. */
export function AttachmentRow({ series, states, readOnly, onNewVersion }: Props) {
  const m = useMessages().files;
  const input = useRef<HTMLInputElement>(null);
  const { current, older } = series;
  return (
    <List.Item data-testid="attachment-row">
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Line attachment={current} state={states.get(current.sha256)} />
          {!readOnly && (
            <Button
              size="small"
              aria-label={m.newVersionOf(current.name)}
              onClick={() => input.current?.click()}
            >
              {m.newVersion}
            </Button>
          )}
        </Flex>
        {older.length > 0 && (
          <Collapse
            size="small"
            ghost
            items={[
              {
                key: 'older',
                label: m.olderVersions(older.length),
                children: older.map((attachment) => (
                  <Line key={attachment.id} attachment={attachment} state={states.get(attachment.sha256)} />
                )),
              },
            ]}
          />
        )}
      </Flex>
      <input
        ref={input}
        type="file"
        hidden
        aria-hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = event.target.files ? [...event.target.files] : [];
          if (files.length > 0) onNewVersion(series, files);
          event.target.value = '';
        }}
      />
    </List.Item>
  );
}
