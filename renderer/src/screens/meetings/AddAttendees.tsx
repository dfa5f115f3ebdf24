import { App, AutoComplete, Button, Flex, Form, Input } from 'antd';
import type { Attendee } from '../../../../shared/domain/meeting.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, ValidationFailure } from '../../db/write.ts';
import { addPeople } from '../../data/meeting-actions.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PersonSelect } from './PersonSelect.tsx';

interface PeopleForm {
  group: string;
  personIds: string[];
}

/**
 * Thêm người dự: people from the directory under a group (official members, invited delegates, unit
 * leaders, or any group typed), and whole groups written as the report writes them.
 */
export function AddAttendees(props: {
  meetingId: string;
  attendees: readonly Attendee[];
  people: readonly PersonOption[];
}) {
  const m = useMessages();
  const t = m.attendeeEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [peopleForm] = Form.useForm<PeopleForm>();
  const [groupForm] = Form.useForm<{ groupName: string }>();
  const fail = (error: unknown) => {
    if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
    else throw error;
  };

  const addChosen = async (values: PeopleForm) => {
    try {
      const added = await addPeople(write, props.meetingId, values.personIds, values.group, props.attendees);
      void message.success(t.added(added));
      peopleForm.setFieldValue('personIds', []);
    } catch (error) {
      fail(error);
    }
  };
  const addGroup = async (values: { groupName: string }) => {
    try {
      await createRecord(write, 'attendee', {
        spaceId: meetingSpace(props.meetingId),
        meetingId: props.meetingId,
        personId: null,
        groupName: values.groupName.trim(),
        role: null,
        attendance: 'unknown',
        absenceReason: null,
      });
      groupForm.resetFields();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Form<PeopleForm>
        form={peopleForm}
        layout="inline"
        initialValues={{ group: t.groups[0], personIds: [] }}
        onFinish={(values) => void addChosen(values)}
      >
        <Form.Item name="group" label={t.group} rules={[{ required: true, whitespace: true }]}>
          <AutoComplete
            style={{ width: 240 }}
            placeholder={t.groupHint}
            options={t.groups.map((group) => ({ value: group }))}
          />
        </Form.Item>
        <Form.Item
          name="personIds"
          label={t.people}
          style={{ minWidth: 360, flex: 1 }}
          rules={[{ required: true, message: m.meetingEdit.required(t.people) }]}
        >
          <PersonSelect people={props.people} mode="multiple" />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          {t.addPeople}
        </Button>
      </Form>
      <Form<{ groupName: string }>
        form={groupForm}
        layout="inline"
        onFinish={(values) => void addGroup(values)}
      >
        <Form.Item
          name="groupName"
          label={t.groupName}
          style={{ minWidth: 360, flex: 1 }}
          rules={[{ required: true, whitespace: true, message: m.meetingEdit.required(t.groupName) }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Button htmlType="submit">{t.addGroup}</Button>
      </Form>
    </Flex>
  );
}
