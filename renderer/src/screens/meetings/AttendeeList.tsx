import { Table, Tag } from 'antd';
import type { Attendance, Attendee } from '../../../../shared/domain/meeting.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';

const colors: Record<Attendance, string> = {
  present: 'green',
  online: 'blue',
  absent: 'red',
  unknown: 'default',
};

/** Thành phần dự: groups and members with their roll call; absences show their reason. */
export function AttendeeList({ detail }: { detail: MeetingDetail }) {
  const m = useMessages();
  return (
    <Table<Attendee>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={detail.attendees}
      columns={[
        {
          title: m.meetings.attendees,
          key: 'who',
          render: (_, a) => (a.personId ? (detail.people.get(a.personId)?.name ?? '—') : a.groupName),
        },
        {
          title: '',
          key: 'role',
          render: (_, a) => a.role ?? (a.personId ? detail.people.get(a.personId)?.position : ''),
        },
        {
          title: m.attendance.present,
          key: 'attendance',
          width: 150,
          render: (_, a) => <Tag color={colors[a.attendance]}>{m.attendance[a.attendance]}</Tag>,
        },
        { title: m.meetings.absentReason, key: 'reason', render: (_, a) => a.absenceReason ?? '' },
      ]}
    />
  );
}
