import { Col, Form, InputNumber, Input, Row, Select } from 'antd';
import { meetingKinds } from '../../../../shared/domain/meeting.ts';
import { useMessages } from '../../i18n/messages.ts';
import { termRule } from './meeting-rules.ts';

/** One row of the meeting form: its kind, session number and term (khóa). */
export function MeetingSessionFields() {
  const m = useMessages();
  const t = m.meetingEdit;
  return (
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
        <Form.Item name="term" label={t.term} extra={t.termHint} rules={[termRule(t)]}>
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
