import { Form } from 'antd';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { coChairRule } from './meeting-rules.ts';
import { PersonSelect } from './PersonSelect.tsx';

/** Who runs the meeting: the chair, the co-chairs (not the chair again) and the minute-taker. */
export function MeetingPeopleFields({ people }: { people: readonly PersonOption[] }) {
  const m = useMessages();
  const t = m.meetingEdit;
  return (
    <>
      <Form.Item name="chairPersonId" label={m.meetings.chair}>
        <PersonSelect people={people} />
      </Form.Item>
      <Form.Item
        name="coChairIds"
        label={t.coChairs}
        dependencies={['chairPersonId']}
        rules={[coChairRule(t)]}
      >
        <PersonSelect people={people} mode="multiple" />
      </Form.Item>
      <Form.Item name="minuteTakerId" label={t.minuteTaker}>
        <PersonSelect people={people} />
      </Form.Item>
    </>
  );
}
