import type { Attachment, AttachmentOwner } from '../../../shared/domain/attachment.ts';
import { displayFileName } from '../../../shared/files/file-name.ts';
import type { Api } from '../../../shared/ipc/api.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { createRecord, type WriteContext } from '../db/write.ts';
import { placeUpload, seriesOf, type AttachmentSeries } from './attachment-series.ts';
import { stageFile, type PickedFile } from './file-transfer.ts';

export interface AttachTarget {
  owner: AttachmentOwner;
  spaceId: string;
  /** The owner's attachments now (a same-named file becomes their next version). */
  existing: readonly Attachment[];
  /** A new version of this series, whatever the file's name ("Tải phiên bản mới"). */
  series?: AttachmentSeries;
}

/**
 * Attaches files to a record: each is handed to main (stored under its hash, its upload queued), then its
 * attachment record written. One after another, so a failure names the file it happened to and the
 * files before it are kept.
 */
export async function attachFiles(
  ctx: WriteContext,
  api: Api,
  target: AttachTarget,
  files: readonly PickedFile[],
  uploader: string,
): Promise<Attachment[]> {
  const written: Attachment[] = [];
  for (const file of files) {
    const name = displayFileName(file.name);
    const { sha256, size } = await stageFile(api, file, target.spaceId);
    const id = uuidv7(ctx.now());
    const series = seriesOf([...target.existing, ...written]);
    const place = target.series
      ? { seriesId: target.series.seriesId, version: target.series.current.version + 1 }
      : placeUpload(series, name, id);
    const record = await createRecord(ctx, 'attachment', {
      id,
      spaceId: target.spaceId,
      owner: target.owner,
      ...place,
      name,
      size,
      mediaType: file.type || 'application/octet-stream',
      sha256,
      uploader,
      uploadedAt: ctx.now(),
    });
    written.push(record);
  }
  return written;
}
