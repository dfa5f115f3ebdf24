import { Alert, Drawer, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import { previewKind } from '../../files/preview-kind.ts';
import { readLocalFile } from '../../files/read-local-file.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';

type Shown =
  | { kind: 'loading' }
  | { kind: 'pdf'; data: Uint8Array }
  | { kind: 'image'; url: string }
  | { kind: 'text'; text: string }
  | { kind: 'error'; message: string };

async function docxText(data: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  return (await mammoth.extractRawText({ arrayBuffer: buffer })).value;
}

function useShown(attachment: Attachment): Shown {
  const m = useMessages().files;
  const api = useApi();
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let url: string | null = null;
    const kind = previewKind(attachment.name, attachment.mediaType);
    void (async () => {
      const data = await readLocalFile(api, attachment.sha256);
      if (data === null) return { kind: 'error', message: m.previewTooLarge } as const;
      if (kind === 'pdf') return { kind: 'pdf', data } as const;
      if (kind === 'image') {
        url = URL.createObjectURL(new Blob([data as BlobPart], { type: attachment.mediaType }));
        return { kind: 'image', url } as const;
      }
      return { kind: 'text', text: await docxText(data) } as const;
    })()
      .catch(
        (error: unknown) =>
          ({ kind: 'error', message: error instanceof Error ? error.message : String(error) }) as const,
      )
      .then((next) => live && setShown(next));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, attachment, m]);
  return shown;
}

function PdfFirstPage({ data, label }: { data: Uint8Array; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    void import('./pdf-page.ts')
      .then(({ drawPdfPage }) => canvas.current && drawPdfPage(data, canvas.current, 1, 560))
      .catch((reason: unknown) => setError(String(reason)));
  }, [data]);
  if (error) return <Alert type="error" showIcon message={error} />;
  return (
    <canvas ref={canvas} role="img" aria-label={label} data-testid="pdf-page" className="file-preview-page" />
  );
}

/** Xem trước: the first page of a PDF, an image, or the text of a .docx, from this machine's copy. */
export function FilePreview({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const m = useMessages().files;
  const shown = useShown(attachment);
  return (
    <Drawer title={m.previewOf(attachment.name)} open onClose={onClose} size="large" destroyOnHidden>
      {shown.kind === 'loading' && <Spin />}
      {shown.kind === 'error' && <Alert type="error" showIcon message={shown.message} />}
      {shown.kind === 'pdf' && <PdfFirstPage data={shown.data} label={m.pdfFirstPage(attachment.name)} />}
      {shown.kind === 'image' && <img src={shown.url} alt={attachment.name} style={{ maxWidth: '100%' }} />}
      {shown.kind === 'text' && (
        <Typography.Paragraph className="file-preview-text" data-testid="docx-text">
          {shown.text}
        </Typography.Paragraph>
      )}
    </Drawer>
  );
}
