import { Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { uuidv7 } from '../../../../shared/ids/index.ts';
import { saveVersion } from '../../../../shared/documents/versions.ts';
import { documentId } from '../../../../shared/sync/documents-api.ts';
import { formatDateVi, formatTimeVi } from '../../../../shared/text/date-format.ts';
import { hoChiMinhTimestamp } from '../../../../shared/text/ho-chi-minh-time.ts';
import { parseDayVi, parseTimeVi } from '../../data/meeting-form.ts';
import { recordApproval } from '../../data/minutes-signoff.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { documentRegistryFor } from '../../documents/open-document.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useSyncStore } from '../../state/sync-store.ts';
import { checkText } from '../meetings/meeting-rules.ts';
import { FormModal } from '../meetings/FormModal.tsx';
import { PersonSelect } from '../meetings/PersonSelect.tsx';

interface ApprovalForm {
  approverId?: string | null;
  approverText?: string;
  day: string;
  time: string;
  note?: string;
}

/** Saves the form: the approved text as a named version in the document, then the approval record. */
function useSaveApproval(meetingId: string) {
  const texts = useMessages().minutes;
  const { db, write } = useDb();
  const who = useSyncStore((state) => state.user?.displayName) ?? texts.versions.unnamed;
  return async (values: ApprovalForm) => {
    const day = parseDayVi(values.day);
    const time = parseTimeVi(values.time);
    if (day === null || time === null) return;
    const { open, release } = await documentRegistryFor(db).acquire(documentId('minutes', meetingId));
    try {
      const name = texts.signOff.versionName(values.day.trim());
      saveVersion(open.doc, { id: uuidv7(Date.now()), name, at: Date.now(), by: who });
      await open.flushed();
    } finally {
      release();
    }
    await recordApproval(write, meetingId, {
      approverId: values.approverId ?? null,
      approverText: values.approverText?.trim() || null,
      approvedAt: hoChiMinhTimestamp(day, time),
      note: values.note?.trim() || null,
    });
  };
}

function ApprovalFields({ people }: { people: PersonOption[] }) {
  const m = useMessages().minutes.signOff;
  const needed = (message: string) => ({ required: true, whitespace: true, message });
  return (
    <>
      <Typography.Paragraph>{m.intro}</Typography.Paragraph>
      <Form.Item name="approverId" label={m.approver}>
        <PersonSelect people={people} />
      </Form.Item>
      <Form.Item
        name="approverText"
        label={m.approverText}
        dependencies={['approverId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value?: string) => {
              if (getFieldValue('approverId') || value?.trim()) return;
              throw new Error(m.approverNeeded);
            },
          }),
        ]}
      >
        <Input />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="day"
          label={m.day}
          rules={[needed(m.badDay), checkText((value) => parseDayVi(value) !== null, m.badDay)]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="time"
          label={m.time}
          rules={[needed(m.badTime), checkText((value) => parseTimeVi(value) !== null, m.badTime)]}
        >
          <Input />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={m.note}>
        <Input.TextArea autoSize={{ minRows: 2 }} placeholder={m.notePlaceholder} />
      </Form.Item>
    </>
  );
}

/**
 * Ghi nhận chủ trì duyệt: who approved (the chair by default, or a name written in), when, how. Saving
 * first keeps the approved text as a named version ("Bản đã duyệt …") in the document, then records the
 * approval, so the version is there before anyone's copy turns read-only.
 */
export function SignOffModal(props: { detail: MeetingDetail; onClose: () => void }) {
  const m = useMessages().minutes.signOff;
  const { meeting, people } = props.detail;
  const save = useSaveApproval(meeting.id);
  const [now] = useState(() => Date.now());
  const options: PersonOption[] = [...people.values()].map((person) => ({
    value: person.id,
    label: person.position ? `${person.name} — ${person.position}` : person.name,
    person,
  }));
  return (
    <FormModal<ApprovalForm>
      title={m.title}
      width={620}
      initialValues={{ approverId: meeting.chairPersonId, day: formatDateVi(now), time: formatTimeVi(now) }}
      onSave={save}
      onClose={props.onClose}
    >
      <ApprovalFields people={options} />
    </FormModal>
  );
}
