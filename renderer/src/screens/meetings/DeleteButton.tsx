import { Button, Popconfirm } from 'antd';
import { useMessages } from '../../i18n/messages.ts';

/** "Xóa" on one of the meeting's records, asked once more before it deletes. */
export function DeleteButton(props: { onConfirm: () => void; disabled?: boolean }) {
  const m = useMessages();
  return (
    <Popconfirm title={m.meetingEdit.confirmDelete} onConfirm={props.onConfirm} disabled={props.disabled}>
      <Button size="small" danger disabled={props.disabled}>
        {m.meetingEdit.delete}
      </Button>
    </Popconfirm>
  );
}
