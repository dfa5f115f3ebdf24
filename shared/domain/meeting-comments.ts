import type { Locale } from '../i18n/locale.ts';
import type { Comment, CommentDisposition } from './meeting-record.ts';
import { domainText } from '../i18n/domain.ts';

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
export function commentSummaryIn(summary: CommentSummary, locale: Locale): string {
  const parts = (
    [
      ['comments.accepted', summary.accepted],
      ['comments.explained', summary.explained],
      ['comments.noted', summary.noted],
      ['comments.pending', summary.pending],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([key, count]) => domainText(locale, key, { count }));
  return parts.length
    ? domainText(locale, 'comments.totalWithParts', { total: summary.total, parts: parts.join(', ') })
    : domainText(locale, 'comments.total', { total: summary.total });
}

/** The same in Vietnamese. */
export function commentSummaryVi(summary: CommentSummary): string {
  return commentSummaryIn(summary, 'vi');
}
