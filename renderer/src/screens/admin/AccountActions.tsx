import { App as AntApp, Button, Checkbox, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { capabilities, type Capability } from '../../../../shared/authz/capabilities.ts';
import type { IpcResult } from '../../../../shared/ipc/result.ts';
import type { AdminAccount } from '../../../../shared/sync/admin-api.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { adminRefusal } from './admin-problem.ts';

/** Runs one account action: says it was done and reloads the list, or says why not. */
function useAccountAction(onChanged: () => void) {
  const m = useMessages();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async <T,>(call: Promise<IpcResult<T>>, done: string): Promise<boolean> => {
      setBusy(true);
      const result = await call;
      setBusy(false);
      if (!result.ok) {
        void message.error(adminRefusal(m, result.error.code, result.error.message));
        return false;
      }
      void message.success(done);
      onChanged();
      return true;
    },
  };
}

/** The work roles an account holds itself, each a checkbox that gives or takes it away. */
export function CapabilityToggles({ account, onChanged }: { account: AdminAccount; onChanged: () => void }) {
  const m = useMessages();
  const api = useApi();
  const { busy, run } = useAccountAction(onChanged);
  const toggle = (capability: Capability, on: boolean) => {
    const params = { holderKind: 'user' as const, holderId: account.id, capability };
    void run(
      api.invoke(on ? 'admin.grantCapability' : 'admin.revokeCapability', params),
      m.admin.accounts.capabilityChanged(account.username),
    );
  };
  return (
    <Space orientation="vertical" size={0}>
      {capabilities.map((capability) => (
        <Checkbox
          key={capability}
          disabled={busy}
          checked={account.capabilities.includes(capability)}
          aria-label={m.admin.accounts.capabilityOf(m.admin.capabilities[capability], account.username)}
          onChange={(event) => toggle(capability, event.target.checked)}
        >
          {m.admin.capabilities[capability]}
        </Checkbox>
      ))}
    </Space>
  );
}

/** "Đặt lại mật khẩu", "Khóa" / "Mở khóa" and "Đăng xuất mọi thiết bị" for one account. */
export function AccountActions({ account, onChanged }: { account: AdminAccount; onChanged: () => void }) {
  const m = useMessages();
  const t = m.admin.accounts;
  const api = useApi();
  const { busy, run } = useAccountAction(onChanged);
  const [resetting, setResetting] = useState(false);
  const { username } = account;
  const lock = () =>
    run(
      api.invoke('admin.setDisabled', { username, disabled: !account.disabled }),
      account.disabled ? t.enabledDone(username) : t.disabledDone(username),
    );
  return (
    <Space wrap size="small">
      <Button size="small" onClick={() => setResetting(true)}>
        {t.resetPassword}
      </Button>
      {account.disabled ? (
        <Button size="small" loading={busy} onClick={() => void lock()}>
          {t.enable}
        </Button>
      ) : (
        <Popconfirm
          title={t.disableConfirm(username)}
          okText={t.confirmYes}
          cancelText={t.cancel}
          onConfirm={lock}
        >
          <Button size="small" danger loading={busy}>
            {t.disable}
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={t.signOutConfirm(username)}
        okText={t.confirmYes}
        cancelText={t.cancel}
        onConfirm={() => run(api.invoke('admin.signOut', { username }), t.signedOutDone(username))}
      >
        <Button size="small" loading={busy}>
          {t.signOut}
        </Button>
      </Popconfirm>
      {resetting && (
        <ResetPasswordModal username={username} onClose={() => setResetting(false)} onChanged={onChanged} />
      )}
    </Space>
  );
}

function ResetPasswordModal(props: { username: string; onClose: () => void; onChanged: () => void }) {
  const m = useMessages();
  const t = m.admin.accounts;
  const api = useApi();
  const [form] = Form.useForm<{ password: string }>();
  const { busy, run } = useAccountAction(props.onChanged);
  const save = async ({ password }: { password: string }) => {
    const done = await run(
      api.invoke('admin.resetPassword', { username: props.username, password }),
      t.passwordReset(props.username),
    );
    if (done) props.onClose();
  };
  return (
    <Modal
      open
      title={t.resetTitle(props.username)}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          name="password"
          label={t.newPassword}
          rules={[{ required: true, min: 8, message: t.passwordRequired }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
