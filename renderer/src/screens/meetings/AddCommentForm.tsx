import { Button, Flex, Form, Input, Select } from 'antd';
import type { Attachment } from '../../../../shared/domain/attachment.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord } from '../../db/write.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PersonSelect } from './PersonSelect.tsx';
import { useAddForm } from './use-add-form.ts';

interface CommentForm {
  authorId?: string | null;
  attachmentId?: string | null;
  text: string;
}

/** The newest version of the most recently revised draft, or nothing when the item has none. */
function newest(versions: readonly Attachment[]): string | null {
  return [...versions].sort((a, b) => b.uploadedAt - a.uploadedAt)[0]?.id ?? null;
}

/** Records a new góp ý on one agenda item, still to be dealt with, stamped with the time it is entered. */
export function AddCommentForm(props: {
  meetingId: string;
  agendaItemId: string;
  people: readonly PersonOption[];
  /** The item's drafts, every version: a comment names the one it was made on (the newest by default). */
  versions: readonly Attachment[];
}) {
  const m = useMessages();
  const t = m.commentEdit;
  const { write } = useDb();
  const { form, onFinish } = useAddForm<CommentForm>((values) =>
    createRecord(write, 'comment', {
      spaceId: meetingSpace(props.meetingId),
      meetingId: props.meetingId,
      agendaItemId: props.agendaItemId,
      authorId: values.authorId ?? null,
      attachmentId: values.attachmentId ?? null,
      text: values.text.trim(),
      disposition: 'pending',
      submittedAt: write.now(),
    }),
  );

  return (
    <Form<CommentForm>
      form={form}
      layout="vertical"
      size="small"
      onFinish={onFinish}
      initialValues={{ attachmentId: newest(props.versions) }}
    >
      <Flex gap={8} wrap>
        {props.versions.length > 0 && (
          <Form.Item name="attachmentId" label={t.onVersion} style={{ minWidth: 260, flex: 1 }}>
            <Select
              allowClear
              options={props.versions.map((attachment) => ({
                value: attachment.id,
                label: t.versionLabel(attachment.name, attachment.version),
              }))}
            />
          </Form.Item>
        )}
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
  );
}
