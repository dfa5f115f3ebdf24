import type { Comment, CommentDisposition } from './meeting-record.ts';

export interface CommentSummary extends Record<CommentDisposition, number> {
  total: number;
}

function emptySummary(): CommentSummary {
  return { total: 0, pending: 0, accepted: 0, explained: 0, noted: 0 };
}

/** Tổng hợp góp ý — counts of comments per disposition, for each agenda item (by its id). */
export function summariseComments(
  comments: readonly Pick<Comment, 'agendaItemId' | 'disposition'>[],
): Map<string, CommentSummary> {
  const summaries = new Map<string, CommentSummary>();
  for (const comment of comments) {
    const summary = summaries.get(comment.agendaItemId) ?? emptySummary();
    summary.total += 1;
    summary[comment.disposition] += 1;
    summaries.set(comment.agendaItemId, summary);
  }
  return summaries;
}

/** "12 góp ý: tiếp thu 7, giải trình 3, ghi nhận 1, chờ xử lý 1" — zero counts are left out. */
export function commentSummaryVi(summary: CommentSummary): string {
  const parts = (
    [
      ['tiếp thu', summary.accepted],
      ['giải trình', summary.explained],
      ['ghi nhận', summary.noted],
      ['chờ xử lý', summary.pending],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n}`);
  return parts.length ? `${summary.total} góp ý: ${parts.join(', ')}` : `${summary.total} góp ý`;
}
