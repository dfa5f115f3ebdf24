import { Alert, App as AntApp, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { unitKinds, type UnitKind } from '../../../../shared/domain/directory.ts';
import type { AdminUnit } from '../../../../shared/sync/admin-api.ts';
import { useAdminQuery } from '../../data/use-admin.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { UnitTree } from '../directory/UnitTree.tsx';
import { AdminLoadView } from './AdminLoadView.tsx';
import { NO_INPUT, unitOptions, unitSearch } from './admin-options.ts';
import { useAdminSubmit } from './use-admin-submit.ts';

interface UnitFormValues {
  name: string;
  shortName?: string;
  kind: UnitKind;
  parentId?: string;
}

/** "Đơn vị": the district's units as the server keeps them, and a form that adds one. */
export function UnitsTab() {
  const m = useMessages();
  const units = useAdminQuery('admin.units', NO_INPUT);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card title={m.admin.tabs.units} size="small">
          <AdminLoadView load={units.load} reload={units.reload}>
            {(value) =>
              value.units.length === 0 ? (
                <Typography.Text type="secondary">{m.admin.units.empty}</Typography.Text>
              ) : (
                <UnitTree rows={value.units} label={m.admin.tabs.units} />
              )
            }
          </AdminLoadView>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <UnitForm
          units={units.load.status === 'ready' ? units.load.value.units : []}
          onAdded={units.reload}
        />
      </Col>
    </Row>
  );
}

function UnitForm({ units, onAdded }: { units: AdminUnit[]; onAdded: () => void }) {
  const m = useMessages();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const { error, busy, submit } = useAdminSubmit();
  const save = (values: UnitFormValues) =>
    submit(
      api.invoke('admin.createUnit', {
        name: values.name.trim(),
        shortName: values.shortName?.trim() || null,
        kind: values.kind,
        parentId: values.parentId ?? null,
      }),
      ({ unit }) => {
        void message.success(m.admin.units.added(unit.name));
        form.resetFields();
        onAdded();
      },
    );
  return (
    <Card title={m.admin.units.add} size="small">
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'department' }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={m.admin.units.name}
          rules={[{ required: true, whitespace: true, message: m.admin.units.nameRequired }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="shortName" label={m.admin.units.shortName}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="kind" label={m.admin.units.kind}>
          <Select options={unitKinds.map((kind) => ({ value: kind, label: m.directory.unitKinds[kind] }))} />
        </Form.Item>
        <Form.Item name="parentId" label={m.admin.units.parent}>
          <Select
            allowClear
            showSearch={unitSearch}
            placeholder={m.admin.units.noParent}
            options={unitOptions(units)}
          />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {m.admin.units.add}
        </Button>
      </Form>
    </Card>
  );
}
