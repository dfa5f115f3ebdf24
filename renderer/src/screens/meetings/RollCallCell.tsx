import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Radio, Space } from 'antd';
import type { Attendance, Attendee } from '../../../../shared/domain/meeting.ts';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';

const called = ['present', 'online', 'absent'] as const;

/**
 * Calling one attendee: có mặt, trực tuyến or vắng (which asks for the reason, and can be asked again),
 * and taking them off the list.
 */
export function RollCallCell(props: {
  attendee: Attendee;
  name: string;
  onCall: (attendance: Exclude<Attendance, 'absent'>) => void;
  onAbsent: () => void;
}) {
  const m = useMessages();
  const t = m.attendeeEdit;
  const { write } = useDb();
  const { attendee: a, name } = props;
  return (
    <Space size={4}>
      <Radio.Group
        aria-label={t.rollCall(name)}
        optionType="button"
        size="small"
        value={a.attendance}
        options={called.map((value) => ({ value, label: m.attendance[value] }))}
        onChange={(event) => {
          const value = event.target.value as Attendance;
          if (value === 'absent') props.onAbsent();
          else props.onCall(value);
        }}
      />
      {a.attendance === 'absent' && (
        <Button size="small" type="link" onClick={props.onAbsent}>
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
          icon={<DeleteOutlined aria-hidden />}
          aria-label={`${m.meetingEdit.delete} ${name}`}
        />
      </Popconfirm>
    </Space>
  );
}
