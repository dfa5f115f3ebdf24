import { Alert, App as AntApp, Button, Card, Checkbox, Form, Input, Select } from 'antd';
import type { AdminPerson, AdminUnit } from '../../../../shared/sync/admin-api.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { unitOptions, unitSearch } from './admin-options.ts';
import { useAdminSubmit } from './use-admin-submit.ts';

interface AccountFormValues {
  username: string;
  password: string;
  displayName: string;
  unitId?: string;
  personId?: string;
  isAdmin?: boolean;
}

const USERNAME = /^[a-z0-9._-]{2,64}$/;

/** "Thêm tài khoản": a new account, optionally of an official and a unit, optionally an administrator. */
export function AccountForm(props: { units: AdminUnit[]; people: AdminPerson[]; onAdded: () => void }) {
  const m = useMessages();
  const t = m.admin.accounts;
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<AccountFormValues>();
  const { error, busy, submit } = useAdminSubmit();
  const save = (values: AccountFormValues) =>
    submit(
      api.invoke('admin.createAccount', {
        username: values.username.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        unitId: values.unitId ?? null,
        personId: values.personId ?? null,
        isAdmin: values.isAdmin === true,
      }),
      ({ account }) => {
        void message.success(t.added(account.username));
        form.resetFields();
        props.onAdded();
      },
    );
  const people = props.people.map((p) => ({ value: p.id, label: `${p.name} — ${p.position}` }));
  return (
    <Card title={t.add} size="small">
      <Form<AccountFormValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          name="username"
          label={t.username}
          rules={[{ required: true, pattern: USERNAME, message: t.usernameRequired }]}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t.password}
          rules={[{ required: true, min: 8, message: t.passwordRequired }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t.displayName}
          rules={[{ required: true, whitespace: true, message: t.displayNameRequired }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={t.unit}>
          <Select allowClear showSearch={unitSearch} options={unitOptions(props.units)} />
        </Form.Item>
        <Form.Item name="personId" label={t.person}>
          <Select allowClear showSearch optionFilterProp="label" options={people} />
        </Form.Item>
        <Form.Item name="isAdmin" valuePropName="checked">
          <Checkbox>{t.isAdmin}</Checkbox>
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.add}
        </Button>
      </Form>
    </Card>
  );
}
