import { List, Select, Typography } from 'antd';
import {
  commentDispositions,
  type Comment,
  type CommentDisposition,
} from '../../../../shared/domain/meeting-record.ts';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useWriteFailure } from './use-write-failure.ts';

/**
 * One góp ý: its author, when it came and its text, with how it was dealt with, chosen by the secretary
 * or (read-only) shown as text.
 */
export function CommentRow(props: {
  comment: Comment;
  author: string;
  /** The draft version it was made on, when it names one this machine knows. */
  version?: Attachment | undefined;
  readOnly?: boolean;
}) {
  const m = useMessages();
  const { write } = useDb();
  const fail = useWriteFailure();
  const { comment } = props;
  const dispose = (disposition: CommentDisposition) =>
    updateRecord(write, 'comment', comment.id, { disposition }).catch(fail);

  return (
    <List.Item
      data-testid="comment"
      extra={
        props.readOnly ? (
          <Typography.Text type="secondary" data-testid="comment-disposition">
            {m.dispositions[comment.disposition]}
          </Typography.Text>
        ) : (
          <Select<CommentDisposition>
            aria-label={m.commentEdit.disposition}
            size="small"
            style={{ width: 130 }}
            value={comment.disposition}
            options={commentDispositions.map((d) => ({ value: d, label: m.dispositions[d] }))}
            onChange={(value) => void dispose(value)}
          />
        )
      }
    >
      <div>
        <Typography.Text strong>{props.author}</Typography.Text>
        {comment.submittedAt != null && (
          <Typography.Text type="secondary"> · {formatDateTimeVi(comment.submittedAt)}</Typography.Text>
        )}
        {props.version && (
          <Typography.Text type="secondary" data-testid="comment-version">
            {' '}
            · {m.commentEdit.aboutVersion(props.version.name, props.version.version)}
          </Typography.Text>
        )}
        <div>{comment.text}</div>
      </div>
    </List.Item>
  );
}
