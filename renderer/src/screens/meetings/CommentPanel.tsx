import { Button, List } from 'antd';
import { useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/meeting.ts';
import { commentSummaryVi, type CommentSummary } from '../../../../shared/domain/meeting-comments.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AddCommentForm } from './AddCommentForm.tsx';
import { CommentRow } from './CommentRow.tsx';
import { useItemDrafts } from '../../files/use-attachments.ts';

/**
 * Góp ý on one agenda item: who wrote what and when, and how the secretary dealt with it (tiếp thu, giải
 * trình, ghi nhận). The summary line counts each disposition.
 */
export function CommentPanel(props: {
  detail: MeetingDetail;
  item: AgendaItem;
  summary: CommentSummary | undefined;
  people: readonly PersonOption[];
  /** Only reading: the comments and how each was dealt with, as text; no form. */
  readOnly?: boolean;
}) {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const { detail, item, summary } = props;
  const comments = detail.comments.filter((comment) => comment.agendaItemId === item.id);
  const versions = useItemDrafts(item.id);
  const versionOf = (id: string | null | undefined) => versions.find((attachment) => attachment.id === id);

  return (
    <div style={{ marginTop: 4 }}>
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0 }}
        onClick={() => setOpen(!open)}
        aria-expanded={open}
      >
        {summary ? commentSummaryVi(summary) : m.agendaEdit.noComments}
      </Button>
      {open && (
        <div style={{ paddingLeft: 12, borderLeft: '2px solid rgba(5,5,5,0.1)' }}>
          <List
            size="small"
            dataSource={comments}
            locale={{ emptyText: m.commentEdit.none }}
            renderItem={(comment) => (
              <CommentRow
                comment={comment}
                author={comment.authorId ? (detail.people.get(comment.authorId)?.name ?? '—') : '—'}
                version={versionOf(comment.attachmentId)}
                readOnly={props.readOnly}
              />
            )}
          />
          {!props.readOnly && (
            <AddCommentForm
              meetingId={detail.meeting.id}
              agendaItemId={item.id}
              people={props.people}
              versions={versions}
            />
          )}
        </div>
      )}
    </div>
  );
}
