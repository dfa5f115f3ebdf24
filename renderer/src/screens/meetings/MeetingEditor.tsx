import { Alert, Button, Drawer, Form, Input, Space } from 'antd';
import type { Meeting } from '../../../../shared/domain/meeting.ts';
import { meetingToForm, type MeetingFormValues } from '../../data/meeting-form.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { requiredText } from './meeting-rules.ts';
import { MeetingPeopleFields } from './MeetingPeopleFields.tsx';
import { MeetingSessionFields } from './MeetingSessionFields.tsx';
import { MeetingTimeFields } from './MeetingTimeFields.tsx';
import { useMeetingSave } from './use-meeting-save.ts';

const blank: Partial<MeetingFormValues> = { kind: 'plenum', coChairIds: [], start: '08:00' };

/**
 * Thông tin hội nghị: title, kind, session and term, day and hours, place, chair and co-chairs, the
 * minute-taker. Creates a meeting when `meeting` is null. Checked in Vietnamese before it is written.
 */
export function MeetingEditor(props: {
  open: boolean;
  meeting: Meeting | null;
  /** The user may not create meetings ("tổ chức hội nghị"): say a new one is kept here as a draft. */
  draftOnly?: boolean;
  people: readonly PersonOption[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const m = useMessages();
  const t = m.meetingEdit;
  const [form] = Form.useForm<MeetingFormValues>();
  const { meeting } = props;
  const save = useMeetingSave(meeting, props.onSaved);

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={meeting ? t.editTitle : t.createTitle}
      width={680}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>{t.cancel}</Button>
          <Button type="primary" onClick={() => form.submit()}>
            {t.save}
          </Button>
        </Space>
      }
    >
      {props.draftOnly && !meeting && (
        <Alert
          type="info"
          showIcon
          data-testid="meeting-draft-notice"
          message={m.sharing.meetingDraftOnly}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<MeetingFormValues>
        form={form}
        layout="vertical"
        initialValues={meeting ? meetingToForm(meeting) : blank}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="title" label={m.meetings.title} rules={[requiredText(t, m.meetings.title)]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <MeetingSessionFields />
        <MeetingTimeFields />
        <Form.Item name="place" label={m.meetings.place}>
          <Input maxLength={300} />
        </Form.Item>
        <MeetingPeopleFields people={props.people} />
        <Form.Item name="issuingBody" label={t.issuingBody}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
