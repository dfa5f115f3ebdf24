import { Col, Form, Input, Row, type FormRule } from 'antd';
import { parseDayVi, parseTimeVi } from '../../data/meeting-form.ts';
import { useMessages } from '../../i18n/messages.ts';
import { checkText, endRule, requiredText } from './meeting-rules.ts';

interface TimeField {
  name: 'day' | 'start' | 'end';
  span: number;
  label: string;
  placeholder: string;
  rules: FormRule[];
  dependencies?: string[];
}

/**
 * One row of the meeting form: the day as typed (dd/mm/yyyy) and the start and end hours. All three are
 * text typed the Vietnamese way and parsed when saved, so they differ only in their checks.
 */
export function MeetingTimeFields() {
  const t = useMessages().meetingEdit;
  const fields: TimeField[] = [
    {
      name: 'day',
      span: 10,
      label: t.day,
      placeholder: t.dayHint,
      rules: [requiredText(t, t.day), checkText((value) => !!parseDayVi(value), t.badDate)],
    },
    {
      name: 'start',
      span: 7,
      label: t.start,
      placeholder: t.timeHint,
      rules: [requiredText(t, t.start), checkText((value) => !!parseTimeVi(value), t.badTime)],
    },
    {
      name: 'end',
      span: 7,
      label: t.end,
      placeholder: t.timeHint,
      rules: [endRule(t)],
      dependencies: ['start'],
    },
  ];
  return (
    <Row gutter={12}>
      {fields.map((field) => (
        <Col key={field.name} span={field.span}>
          <Form.Item
            name={field.name}
            label={field.label}
            dependencies={field.dependencies}
            rules={field.rules}
          >
            <Input placeholder={field.placeholder} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
