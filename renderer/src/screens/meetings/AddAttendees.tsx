import { App, AutoComplete, Button, Flex, Form, Input } from 'antd';
import type { Attendee } from '../../../../shared/domain/meeting.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord } from '../../db/write.ts';
import { addPeople } from '../../data/meeting-actions.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PersonSelect } from './PersonSelect.tsx';
import { useAddForm } from './use-add-form.ts';
import { useWriteFailure } from './use-write-failure.ts';

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
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <AddPeopleForm {...props} />
      <AddGroupForm meetingId={props.meetingId} />
    </Flex>
  );
}

/** People chosen from the directory, under one group; the group stays chosen for the next ones. */
function AddPeopleForm(props: {
  meetingId: string;
  attendees: readonly Attendee[];
  people: readonly PersonOption[];
}) {
  const m = useMessages();
  const t = m.attendeeEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const fail = useWriteFailure();
  const [form] = Form.useForm<PeopleForm>();

  const addChosen = async (values: PeopleForm) => {
    try {
      const added = await addPeople(write, props.meetingId, values.personIds, values.group, props.attendees);
      void message.success(t.added(added));
      form.setFieldValue('personIds', []);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Form<PeopleForm>
      form={form}
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
  );
}

/** A whole group as the report names it, with no one from the directory behind it. */
function AddGroupForm({ meetingId }: { meetingId: string }) {
  const m = useMessages();
  const t = m.attendeeEdit;
  const { write } = useDb();
  const { form, onFinish } = useAddForm<{ groupName: string }>((values) =>
    createRecord(write, 'attendee', {
      spaceId: meetingSpace(meetingId),
      meetingId,
      personId: null,
      groupName: values.groupName.trim(),
      role: null,
      attendance: 'unknown',
      absenceReason: null,
    }),
  );

  return (
    <Form<{ groupName: string }> form={form} layout="inline" onFinish={onFinish}>
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
  );
}
