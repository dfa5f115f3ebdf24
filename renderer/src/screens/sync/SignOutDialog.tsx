import { Alert, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';

/**
 * Đăng xuất: keep this account's working copy on the machine (the default: it opens again at the next
 * sign-in) or remove it. Removing warns with how many changes were never accepted by the server (the
 * outbox and the refused ones), since they exist nowhere else.
 */
export function SignOutDialog(props: {
  open: boolean;
  /** Changes the server never accepted: waiting in the outbox, and refused. */
  unsent: number;
  onCancel: () => void;
  onConfirm: (removeCopy: boolean) => Promise<void>;
}) {
  const m = useMessages();
  const [remove, setRemove] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm(remove);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={m.copies.signOutTitle}
      okText={remove ? m.copies.signOutAndRemove : m.copies.signOut}
      okButtonProps={{ danger: remove }}
      cancelText={m.copies.cancel}
      confirmLoading={busy}
      onOk={() => void confirm()}
      onCancel={props.onCancel}
      afterClose={() => setRemove(false)}
      destroyOnHidden
    >
      <Typography.Paragraph>{m.copies.signOutBody}</Typography.Paragraph>
      <Checkbox checked={remove} onChange={(event) => setRemove(event.target.checked)}>
        {m.copies.removeCopy}
      </Checkbox>
      {remove && props.unsent > 0 && (
        <Alert
          type="warning"
          showIcon
          message={m.copies.unsentLost(props.unsent)}
          style={{ marginTop: 12 }}
        />
      )}
    </Modal>
  );
}
