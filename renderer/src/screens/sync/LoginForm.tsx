import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useSyncStore } from '../../state/sync-store.ts';

interface LoginValues {
  serverUrl: string;
  username: string;
  password: string;
}

/** Đăng nhập máy chủ quận: the address, the user name and the password; errors in Vietnamese. */
export function LoginForm() {
  const m = useMessages();
  const api = useApi();
  const serverUrl = useSyncStore((state) => state.serverUrl);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setError(null);
    const result = await api.invoke('auth.login', values);
    setBusy(false);
    if (!result.ok) {
      const known = m.errors[result.error.code];
      setError(result.error.code === 'invalid_input' ? (result.error.issues?.[0]?.message ?? known) : known);
    }
  };

  return (
    <Form<LoginValues>
      layout="vertical"
      style={{ maxWidth: 420 }}
      initialValues={{ serverUrl: serverUrl ?? '' }}
      onFinish={(values) => void submit(values)}
      aria-label={m.sync.login}
    >
      <Form.Item name="serverUrl" label={m.sync.serverUrl} rules={[{ required: true }]}>
        <Input placeholder="https://may-chu.quan.gov.vn" autoComplete="url" />
      </Form.Item>
      <Form.Item name="username" label={m.sync.username} rules={[{ required: true }]}>
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item name="password" label={m.sync.password} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Typography.Paragraph type="secondary">{m.copies.loginHint}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {m.sync.signIn}
      </Button>
    </Form>
  );
}
