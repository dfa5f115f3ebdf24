import { App, Button, Flex, Form, Input, List, Select, Typography } from 'antd';
import { useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/meeting.ts';
import { commentSummaryVi, type CommentSummary } from '../../../../shared/domain/meeting-comments.ts';
import { commentDispositions, type CommentDisposition } from '../../../../shared/domain/meeting-record.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord, ValidationFailure } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PersonSelect } from './PersonSelect.tsx';

interface CommentForm {
  authorId?: string | null;
  text: string;
}

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
  const t = m.commentEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CommentForm>();
  const { detail, item, summary } = props;
  const comments = detail.comments.filter((comment) => comment.agendaItemId === item.id);

  const fail = (error: unknown) => {
    if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
    else throw error;
  };
  const add = async (values: CommentForm) => {
    try {
      await createRecord(write, 'comment', {
        spaceId: meetingSpace(detail.meeting.id),
        meetingId: detail.meeting.id,
        agendaItemId: item.id,
        authorId: values.authorId ?? null,
        text: values.text.trim(),
        disposition: 'pending',
        submittedAt: write.now(),
      });
      form.resetFields();
    } catch (error) {
      fail(error);
    }
  };
  const dispose = (id: string, disposition: CommentDisposition) =>
    updateRecord(write, 'comment', id, { disposition }).catch(fail);

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
            locale={{ emptyText: t.none }}
            renderItem={(comment) => (
              <List.Item
                data-testid="comment"
                extra={
                  props.readOnly ? (
                    <Typography.Text type="secondary" data-testid="comment-disposition">
                      {m.dispositions[comment.disposition]}
                    </Typography.Text>
                  ) : (
                    <Select<CommentDisposition>
                      aria-label={t.disposition}
                      size="small"
                      style={{ width: 130 }}
                      value={comment.disposition}
                      options={commentDispositions.map((d) => ({ value: d, label: m.dispositions[d] }))}
                      onChange={(value) => void dispose(comment.id, value)}
                    />
                  )
                }
              >
                <div>
                  <Typography.Text strong>
                    {comment.authorId ? (detail.people.get(comment.authorId)?.name ?? '—') : '—'}
                  </Typography.Text>
                  {comment.submittedAt != null && (
                    <Typography.Text type="secondary">
                      {' '}
                      · {formatDateTimeVi(comment.submittedAt)}
                    </Typography.Text>
                  )}
                  <div>{comment.text}</div>
                </div>
              </List.Item>
            )}
          />
          {!props.readOnly && (
            <Form<CommentForm>
              form={form}
              layout="vertical"
              size="small"
              onFinish={(values) => void add(values)}
            >
              <Flex gap={8} wrap>
                <Form.Item name="authorId" label={t.author} style={{ minWidth: 260, flex: 1 }}>
                  <PersonSelect people={props.people} />
                </Form.Item>
                <Form.Item
                  name="text"
                  label={t.text}
                  style={{ minWidth: 300, flex: 2 }}
                  rules={[{ required: true, whitespace: true, message: m.meetingEdit.required(t.text) }]}
                >
                  <Input.TextArea autoSize={{ minRows: 1 }} />
                </Form.Item>
              </Flex>
              <Button htmlType="submit" size="small">
                {t.add}
              </Button>
            </Form>
          )}
        </div>
      )}
    </div>
  );
}
