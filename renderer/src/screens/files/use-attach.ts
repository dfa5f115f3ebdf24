import { App } from 'antd';
import { useState } from 'react';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../../../shared/sync/blobs-api.ts';
import { formatFileSize } from '../../../../shared/files/file-size.ts';
import { useDb } from '../../db/db-context.tsx';
import { attachFiles, type AttachTarget } from '../../files/attach-files.ts';
import { FileTooLarge } from '../../files/file-transfer.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useSyncStore } from '../../state/sync-store.ts';

/** Attaching files to a record, one after another, saying what happened; `busy` names the file in hand. */
export function useAttach(): {
  busy: string | null;
  attach: (target: AttachTarget, files: readonly File[]) => Promise<Attachment[]>;
} {
  const m = useMessages().files;
  const api = useApi();
  const { write } = useDb();
  const { message } = App.useApp();
  const uploader = useSyncStore((state) => state.user?.displayName) ?? '';
  const [busy, setBusy] = useState<string | null>(null);
  const attach = async (target: AttachTarget, files: readonly File[]) => {
    const done: Attachment[] = [];
    for (const file of files) {
      setBusy(file.name);
      try {
        done.push(
          ...(await attachFiles(
            write,
            api,
            { ...target, existing: [...target.existing, ...done] },
            [file],
            uploader,
          )),
        );
      } catch (error) {
        const max = formatFileSize(DEFAULT_MAX_FILE_BYTES);
        void message.error(
          error instanceof FileTooLarge
            ? m.tooLarge(file.name, max)
            : m.failed(file.name, error instanceof Error ? error.message : String(error)),
        );
      }
    }
    setBusy(null);
    if (done.length > 0) void message.success(m.added(done.length));
    return done;
  };
  return { busy, attach };
}
