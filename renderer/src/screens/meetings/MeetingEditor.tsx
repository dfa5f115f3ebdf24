import { Alert, App, Button, Col, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { meetingKinds, ROMAN_TERM_PATTERN, type Meeting } from '../../../../shared/domain/meeting.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { uuidv7 } from '../../../../shared/ids/index.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord, ValidationFailure } from '../../db/write.ts';
import {
  formToMeeting,
  meetingToForm,
  parseDayVi,
  parseTimeVi,
  type MeetingFormValues,
} from '../../data/meeting-form.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PersonSelect } from './PersonSelect.tsx';

const blank: Partial<MeetingFormValues> = { kind: 'plenum', coChairIds: [], start: '08:00' };

/**
 * Thông tin hội nghị: title, kind, session and term, day and hours, place, chair and co-chairs, the
 * minute-taker. Creates a meeting when `meeting` is null. Checked in Vietnamese before it is written.
 */
export function MeetingEditor(props: {
  open: boolean;
  meeting: Meeting | null;
  /** The server will not take a new meeting from this user yet: say it is kept here as a draft. */
  draftOnly?: boolean;
  people: readonly PersonOption[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const m = useMessages();
  const t = m.meetingEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  const { meeting } = props;

  const save = async (values: MeetingFormValues) => {
    const fields = formToMeeting(values);
    if (!fields) return;
    try {
      if (meeting) {
        await updateRecord(write, 'meeting', meeting.id, fields);
        props.onSaved(meeting.id);
      } else {
        const id = uuidv7(write.now());
        await createRecord(write, 'meeting', { ...fields, id, spaceId: meetingSpace(id) });
        props.onSaved(id);
      }
      void message.success(t.saved);
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  const required = (label: string) => ({ required: true, whitespace: true, message: t.required(label) });
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
          message={m.sync.meetingDraftOnly}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<MeetingFormValues>
        form={form}
        layout="vertical"
        initialValues={meeting ? meetingToForm(meeting) : blank}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="title" label={m.meetings.title} rules={[required(m.meetings.title)]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="kind" label={m.meetings.kind} rules={[{ required: true }]}>
              <Select options={meetingKinds.map((kind) => ({ value: kind, label: m.meetingKinds[kind] }))} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item
              name="sessionNumber"
              label={t.session}
              rules={[{ type: 'integer', min: 1, max: 1000, message: t.badSession }]}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item
              name="term"
              label={t.term}
              extra={t.termHint}
              rules={[
                {
                  validator: (_, value: string | undefined) =>
                    !value?.trim() || ROMAN_TERM_PATTERN.test(value.trim().toUpperCase())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t.badTerm)),
                },
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              name="day"
              label={t.day}
              rules={[
                required(t.day),
                {
                  validator: (_, value: string | undefined) =>
                    !value?.trim() || parseDayVi(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t.badDate)),
                },
              ]}
            >
              <Input placeholder={t.dayHint} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item
              name="start"
              label={t.start}
              rules={[
                required(t.start),
                {
                  validator: (_, value: string | undefined) =>
                    !value?.trim() || parseTimeVi(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t.badTime)),
                },
              ]}
            >
              <Input placeholder={t.timeHint} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item
              name="end"
              label={t.end}
              dependencies={['start']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) => {
                    if (!value?.trim()) return Promise.resolve();
                    const end = parseTimeVi(value);
                    if (!end) return Promise.reject(new Error(t.badTime));
                    const start = parseTimeVi(String(getFieldValue('start') ?? ''));
                    return start && end < start
                      ? Promise.reject(new Error(t.endBeforeStart))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <Input placeholder={t.timeHint} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={m.meetings.place}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="chairPersonId" label={m.meetings.chair}>
          <PersonSelect people={props.people} />
        </Form.Item>
        <Form.Item
          name="coChairIds"
          label={t.coChairs}
          dependencies={['chairPersonId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string[] | undefined) =>
                value?.includes(String(getFieldValue('chairPersonId')))
                  ? Promise.reject(new Error(t.chairIsCoChair))
                  : Promise.resolve(),
            }),
          ]}
        >
          <PersonSelect people={props.people} mode="multiple" />
        </Form.Item>
        <Form.Item name="minuteTakerId" label={t.minuteTaker}>
          <PersonSelect people={props.people} />
        </Form.Item>
        <Form.Item name="issuingBody" label={t.issuingBody}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
