import { App, Button, Flex, Form, Input, List, Popconfirm, Select, Typography } from 'antd';
import { nextOrder } from '../../../../shared/domain/meeting-order.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, deleteRecord, ValidationFailure } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PersonSelect } from './PersonSelect.tsx';

interface SpeechForm {
  speakerId?: string | null;
  speakerText?: string;
  agendaItemId?: string | null;
  summary: string;
}

/** Ý kiến phát biểu: who spoke on which item, a short summary each ("09 ý kiến phát biểu"). */
export function SpeechesTab({
  detail,
  people,
  readOnly = false,
}: {
  detail: MeetingDetail;
  people: readonly PersonOption[];
  /** Only reading: the speeches, no form and no delete. */
  readOnly?: boolean;
}) {
  const m = useMessages();
  const t = m.speechEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<SpeechForm>();
  const items = new Map(detail.agenda.map((item, index) => [item.id, `${index + 1}. ${item.title}`]));

  const add = async (values: SpeechForm) => {
    try {
      await createRecord(write, 'speech', {
        spaceId: meetingSpace(detail.meeting.id),
        meetingId: detail.meeting.id,
        agendaItemId: values.agendaItemId ?? null,
        speakerId: values.speakerId ?? null,
        speakerText: values.speakerText?.trim() || null,
        summary: values.summary.trim(),
        order: nextOrder(detail.speeches),
      });
      form.resetFields();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  return (
    <>
      <Typography.Title level={4} data-testid="speech-count">
        {m.meetings.speechCount(detail.speeches.length)}
      </Typography.Title>
      <List
        dataSource={detail.speeches}
        renderItem={(speech) => (
          <List.Item
            actions={
              readOnly
                ? []
                : [
                    <Popconfirm
                      key="delete"
                      title={m.meetingEdit.confirmDelete}
                      onConfirm={() => void deleteRecord(write, 'speech', speech.id)}
                    >
                      <Button size="small" danger>
                        {m.meetingEdit.delete}
                      </Button>
                    </Popconfirm>,
                  ]
            }
          >
            <List.Item.Meta
              title={speech.speakerId ? detail.people.get(speech.speakerId)?.name : speech.speakerText}
              description={
                <>
                  <Typography.Text type="secondary">
                    {t.item}: {speech.agendaItemId ? (items.get(speech.agendaItemId) ?? '—') : t.general}
                  </Typography.Text>
                  <div>{speech.summary}</div>
                </>
              }
            />
          </List.Item>
        )}
      />
      {!readOnly && (
        <Form<SpeechForm> form={form} layout="vertical" onFinish={(values) => void add(values)}>
          <Flex gap={8} wrap>
            <Form.Item name="speakerId" label={t.speaker} style={{ minWidth: 260, flex: 1 }}>
              <PersonSelect people={people} />
            </Form.Item>
            <Form.Item name="speakerText" label={t.speakerText} style={{ minWidth: 220, flex: 1 }}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="agendaItemId" label={t.item} style={{ minWidth: 260, flex: 1 }}>
              <Select allowClear options={[...items].map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Flex>
          <Form.Item
            name="summary"
            label={t.summary}
            rules={[{ required: true, whitespace: true, message: m.meetingEdit.required(t.summary) }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Button htmlType="submit">{t.add}</Button>
        </Form>
      )}
    </>
  );
}
