import { Table, Tag } from 'antd';
import { useState } from 'react';
import type { Attendance, Attendee } from '../../../../shared/domain/meeting.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AbsenceReasonModal } from './AbsenceReasonModal.tsx';
import { AddAttendees } from './AddAttendees.tsx';
import { RollCallCell } from './RollCallCell.tsx';
import { RollCallGroups } from './RollCallGroups.tsx';
import { useWriteFailure } from './use-write-failure.ts';

const colors: Record<Attendance, string> = {
  present: 'green',
  online: 'blue',
  absent: 'red',
  unknown: 'default',
};

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
  const fail = useWriteFailure();
  const [asking, setAsking] = useState<Attendee | null>(null);
  const nameOf = (a: Attendee) =>
    a.personId ? (detail.people.get(a.personId)?.name ?? '—') : (a.groupName ?? '');
  const set = (attendee: Attendee, attendance: Attendance, absenceReason: string | null) =>
    updateRecord(write, 'attendee', attendee.id, { attendance, absenceReason }).catch(fail);

  return (
    <>
      {people && <AddAttendees meetingId={detail.meeting.id} attendees={detail.attendees} people={people} />}
      <RollCallGroups attendees={detail.attendees} />
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
        scroll={{ x: people ? '64em' : '40em' }}
        dataSource={detail.attendees}
        columns={[
          { title: m.meetings.attendees, key: 'who', render: (_, a) => nameOf(a) },
          {
            title: t.roleColumn,
            key: 'role',
            render: (_, a) => a.role ?? (a.personId ? detail.people.get(a.personId)?.position : ''),
          },
          {
            title: t.attendanceColumn,
            key: 'attendance',
            width: '9em',
            render: (_, a) => <Tag color={colors[a.attendance]}>{m.attendance[a.attendance]}</Tag>,
          },
          { title: m.meetings.absentReason, key: 'reason', render: (_, a) => a.absenceReason ?? '' },
          ...(people
            ? [
                {
                  title: t.rollCall('').trim(),
                  key: 'call',
                  width: '22em',
                  render: (_: unknown, a: Attendee) => (
                    <RollCallCell
                      attendee={a}
                      name={nameOf(a)}
                      onCall={(value) => void set(a, value, null)}
                      onAbsent={() => setAsking(a)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
