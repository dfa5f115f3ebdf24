import { App, Button, Popconfirm, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Attendance, Attendee } from '../../../../shared/domain/meeting.ts';
import { rollCall } from '../../../../shared/domain/roll-call.ts';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord, updateRecord, ValidationFailure } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AbsenceReasonModal } from './AbsenceReasonModal.tsx';
import { AddAttendees } from './AddAttendees.tsx';

const colors: Record<Attendance, string> = {
  present: 'green',
  online: 'blue',
  absent: 'red',
  unknown: 'default',
};
const called = ['present', 'online', 'absent'] as const;

/**
 * Thành phần dự: groups and members with their roll call (có mặt, trực tuyến, vắng with the reason), the
 * counts per group, and adding people from the directory.
 */
export function AttendeeList({
  detail,
  people,
}: {
  detail: MeetingDetail;
  people?: readonly PersonOption[];
}) {
  const m = useMessages();
  const t = m.attendeeEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<Attendee | null>(null);
  const nameOf = (a: Attendee) =>
    a.personId ? (detail.people.get(a.personId)?.name ?? '—') : (a.groupName ?? '');

  const set = async (attendee: Attendee, attendance: Attendance, absenceReason: string | null) => {
    try {
      await updateRecord(write, 'attendee', attendee.id, { attendance, absenceReason });
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };
  const groups = new Map<string, Attendee[]>();
  for (const a of detail.attendees.filter((row) => row.personId !== null)) {
    const key = a.role ?? t.noGroup;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }

  return (
    <>
      {people && <AddAttendees meetingId={detail.meeting.id} attendees={detail.attendees} people={people} />}
      {groups.size > 1 && (
        <Space wrap style={{ marginBottom: 8 }} data-testid="roll-call-groups">
          {[...groups].map(([group, rows]) => (
            <Tag key={group}>{t.countGroup(group, rollCall(rows).label)}</Tag>
          ))}
        </Space>
      )}
      {asking && (
        <AbsenceReasonModal
          name={nameOf(asking)}
          initial={asking.absenceReason ?? ''}
          onCancel={() => setAsking(null)}
          onSave={(reason) => {
            void set(asking, 'absent', reason);
            setAsking(null);
          }}
        />
      )}
      <Table<Attendee>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.attendees}
        columns={[
          { title: m.meetings.attendees, key: 'who', render: (_, a) => nameOf(a) },
          {
            title: '',
            key: 'role',
            render: (_, a) => a.role ?? (a.personId ? detail.people.get(a.personId)?.position : ''),
          },
          {
            title: m.attendance.present,
            key: 'attendance',
            width: 130,
            render: (_, a) => <Tag color={colors[a.attendance]}>{m.attendance[a.attendance]}</Tag>,
          },
          { title: m.meetings.absentReason, key: 'reason', render: (_, a) => a.absenceReason ?? '' },
          ...(people
            ? [
                {
                  title: t.rollCall('').trim(),
                  key: 'call',
                  width: 330,
                  render: (_: unknown, a: Attendee) => (
                    <Space size={4}>
                      <Radio.Group
                        aria-label={t.rollCall(nameOf(a))}
                        optionType="button"
                        size="small"
                        value={a.attendance}
                        options={called.map((value) => ({ value, label: m.attendance[value] }))}
                        onChange={(event) => {
                          const value = event.target.value as Attendance;
                          if (value === 'absent') setAsking(a);
                          else void set(a, value, null);
                        }}
                      />
                      {a.attendance === 'absent' && (
                        <Button size="small" type="link" onClick={() => setAsking(a)}>
                          {t.reason}
                        </Button>
                      )}
                      <Popconfirm
                        title={m.meetingEdit.confirmDelete}
                        onConfirm={() => void deleteRecord(write, 'attendee', a.id)}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          aria-label={`${m.meetingEdit.delete} ${nameOf(a)}`}
                        >
                          ×
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
