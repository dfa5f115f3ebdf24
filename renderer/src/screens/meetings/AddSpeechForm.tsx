import { Button, Flex, Form, Input, Select } from 'antd';
import { nextOrder } from '../../../../shared/domain/meeting-order.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PersonSelect } from './PersonSelect.tsx';
import { useAddForm } from './use-add-form.ts';

interface SpeechForm {
  speakerId?: string | null;
  speakerText?: string;
  agendaItemId?: string | null;
  summary: string;
}

/**
 * Records one more ý kiến phát biểu after the others: the speaker from the directory or as written, the
 * agenda item (`items`, id → "1. title"; none for a general one), and its summary.
 */
export function AddSpeechForm(props: {
  detail: MeetingDetail;
  items: ReadonlyMap<string, string>;
  people: readonly PersonOption[];
}) {
  const m = useMessages();
  const t = m.speechEdit;
  const { write } = useDb();
  const { detail } = props;
  const { form, onFinish } = useAddForm<SpeechForm>((values) =>
    createRecord(write, 'speech', {
      spaceId: meetingSpace(detail.meeting.id),
      meetingId: detail.meeting.id,
      agendaItemId: values.agendaItemId ?? null,
      speakerId: values.speakerId ?? null,
      speakerText: values.speakerText?.trim() || null,
      summary: values.summary.trim(),
      order: nextOrder(detail.speeches),
    }),
  );

  return (
    <Form<SpeechForm> form={form} layout="vertical" onFinish={onFinish}>
      <Flex gap={8} wrap>
        <Form.Item name="speakerId" label={t.speaker} style={{ minWidth: 260, flex: 1 }}>
          <PersonSelect people={props.people} />
        </Form.Item>
        <Form.Item name="speakerText" label={t.speakerText} style={{ minWidth: 220, flex: 1 }}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="agendaItemId" label={t.item} style={{ minWidth: 260, flex: 1 }}>
          <Select allowClear options={[...props.items].map(([value, label]) => ({ value, label }))} />
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
  );
}
