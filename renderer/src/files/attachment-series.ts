import type { Attachment } from '../../../shared/domain/attachment.ts';
import { compareVi } from '../../../shared/text/collate.ts';

/** One document attached to a record: its current (highest) version and the older ones, newest first. */
export interface AttachmentSeries {
  seriesId: string;
  current: Attachment;
  older: Attachment[];
}

/** The attachments of one owner as documents with their versions, by name. */
export function seriesOf(attachments: readonly Attachment[]): AttachmentSeries[] {
  const bySeries = new Map<string, Attachment[]>();
  for (const attachment of attachments) {
    const list = bySeries.get(attachment.seriesId) ?? [];
    list.push(attachment);
    bySeries.set(attachment.seriesId, list);
  }
  return [...bySeries.entries()]
    .map(([seriesId, list]) => {
      const sorted = [...list].sort((a, b) => b.version - a.version);
      const [current, ...older] = sorted as [Attachment, ...Attachment[]];
      return { seriesId, current, older };
    })
    .sort((a, b) => compareVi(a.current.name, b.current.name));
}

/**
 * Where a new upload goes: a new version of the series whose current file has the same name (the same
 * draft, revised), else a series of its own.
 */
export function placeUpload(
  series: readonly AttachmentSeries[],
  name: string,
  newId: string,
): { seriesId: string; version: number } {
  const same = series.find(
    (entry) => entry.current.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'),
  );
  return same
    ? { seriesId: same.seriesId, version: same.current.version + 1 }
    : { seriesId: newId, version: 1 };
}
