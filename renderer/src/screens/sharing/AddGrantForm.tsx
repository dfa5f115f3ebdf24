import { Alert, Button, Form, Select, Typography } from 'antd';
import type { Role } from '../../../../shared/sync/protocol.ts';
import type { SpaceGrant } from '../../../../shared/sync/spaces-api.ts';
import { compareVi } from '../../../../shared/text/collate.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import type { SpaceSharing } from '../../data/use-space-sharing.ts';
import { useMessages } from '../../i18n/messages.ts';
import '../programmes/programmes.css';
import { alertIcon } from '../programmes/alert-icons.tsx';

interface AddValues {
  userId?: string;
  role: Role;
}

/** "Thêm người": an account not yet granted (by name, with its unit), given read or write. */
export function AddGrantForm(props: {
  grants: SpaceGrant[];
  sharing: SpaceSharing;
  run: (work: () => Promise<void>, done: string) => Promise<boolean>;
  busy: boolean;
}) {
  const t = useMessages().sharing;
  const [form] = Form.useForm<AddValues>();
  const { sharing } = props;
  const granted = new Set(props.grants.map((g) => g.userId));
  const choices = sharing.accounts
    .filter((a) => !granted.has(a.id))
    .sort((a, b) => compareVi(a.displayName, b.displayName))
    .map((a) => {
      const unit = a.unitId === null ? null : (sharing.unitNames.get(a.unitId) ?? null);
      return { value: a.id, label: unit ? `${a.displayName} — ${unit}` : a.displayName, name: a.displayName };
    });
  const submit = async ({ userId, role }: AddValues) => {
    const choice = choices.find((c) => c.value === userId);
    if (!userId || !choice) return;
    const done = await props.run(() => sharing.setRole(userId, role), t.added(choice.name));
    if (done) form.resetFields(['userId']);
  };
  return (
    <section aria-labelledby="sharing-add-title">
      <Typography.Title level={2} className="programme-subheading" id="sharing-add-title">
        {t.add}
      </Typography.Title>
      {sharing.accounts.length === 0 && (
        <Alert type="info" showIcon icon={alertIcon.info} title={t.noAccounts} />
      )}
      <Form<AddValues>
        form={form}
        layout="inline"
        initialValues={{ role: 'read' }}
        onFinish={(values) => void submit(values)}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="userId" label={t.addPerson} rules={[{ required: true, message: t.pickPerson }]}>
          <Select
            showSearch={{
              filterOption: (input, option) => matchesSearch(input, String(option?.label ?? '')),
            }}
            placeholder={t.addPersonPlaceholder}
            options={choices}
            style={{ minWidth: 280 }}
          />
        </Form.Item>
        <Form.Item name="role" label={t.addRole}>
          <Select<Role>
            style={{ minWidth: 160 }}
            options={(['read', 'write'] as const).map((role) => ({ value: role, label: t.roles[role] }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={props.busy}>
            {t.addButton}
          </Button>
        </Form.Item>
      </Form>
    </section>
  );
}
