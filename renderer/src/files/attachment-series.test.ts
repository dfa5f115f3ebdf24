import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { placeUpload, seriesOf } from './attachment-series.ts';

const base = sampleRecords.attachment as Attachment;
const file = (id: string, seriesId: string, version: number, name: string): Attachment => ({
  ...base,
  id,
  seriesId,
  version,
  name,
});

describe('attachments as documents with versions', () => {
  const drafts = [
    file('b1', 'b1', 1, 'Dự thảo Báo cáo chính trị.docx'),
    file('b3', 'b1', 3, 'Dự thảo Báo cáo chính trị.docx'),
    file('b2', 'b1', 2, 'Dự thảo Báo cáo chính trị.docx'),
    file('a1', 'a1', 1, 'Tờ trình số 12-TTr/QU.pdf'),
  ];

  it('shows each document once, at its highest version, older ones newest first, by name', () => {
    const series = seriesOf(drafts);
    expect(series.map((entry) => entry.current.id)).toEqual(['b3', 'a1']);
    expect(series[0]?.older.map((attachment) => attachment.version)).toEqual([2, 1]);
  });

  it('makes a same-named upload the next version, another name a new document', () => {
    const series = seriesOf(drafts);
    expect(placeUpload(series, 'dự thảo báo cáo chính trị.docx', 'new')).toEqual({
      seriesId: 'b1',
      version: 4,
    });
    expect(placeUpload(series, 'Phụ lục 1.xlsx', 'new')).toEqual({ seriesId: 'new', version: 1 });
  });
});
