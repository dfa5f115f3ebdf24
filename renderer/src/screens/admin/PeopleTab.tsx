import { Alert, App as AntApp, Button, Card, Col, Form, Input, Row, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { AdminPerson, AdminUnit } from '../../../../shared/sync/admin-api.ts';
import { useAdminQuery } from '../../data/use-admin.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useClearable } from '../../shell/accessible-icons.tsx';
import { AdminLoadView } from './AdminLoadView.tsx';
import { NO_INPUT, unitOptions } from './admin-options.ts';
import { useAdminSubmit } from './use-admin-submit.ts';

interface PersonFormValues {
  name: string;
  position?: string;
  unitId: string;
}

/** "Cán bộ": the officials, searched by name and filtered by unit, and a form that adds one. */
export function PeopleTab() {
  const m = useMessages();
  const clearable = useClearable();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const input = useMemo(
    () => ({ ...(q.trim() ? { q: q.trim() } : {}), ...(unitId ? { unitId } : {}) }),
    [q, unitId],
  );
  const people = useAdminQuery('admin.people', input);
  const units = useAdminQuery('admin.units', NO_INPUT);
  const unitList = units.load.status === 'ready' ? units.load.value.units : [];
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card title={m.admin.tabs.people} size="small">
          <Space wrap style={{ marginBottom: 12 }}>
            <Input.Search
              allowClear={clearable}
              aria-label={m.admin.people.search}
              placeholder={m.admin.people.searchPlaceholder}
              onSearch={setQ}
              style={{ width: 280 }}
            />
            <Select
              allowClear
              aria-label={m.admin.people.unitFilter}
              placeholder={m.admin.people.allUnits}
              value={unitId}
              onChange={setUnitId}
              options={unitOptions(unitList)}
              style={{ width: 280 }}
            />
          </Space>
          <AdminLoadView load={people.load} reload={people.reload}>
            {(value) => <PeopleTable people={value.people} />}
          </AdminLoadView>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <PersonForm units={unitList} onAdded={people.reload} />
      </Col>
    </Row>
  );
}

function PeopleTable({ people }: { people: AdminPerson[] }) {
  const m = useMessages();
  return (
    <Table<AdminPerson>
      size="small"
      rowKey="id"
      dataSource={people}
      pagination={people.length > 50 ? { pageSize: 50 } : false}
      locale={{ emptyText: m.admin.people.empty }}
      columns={[
        { title: m.admin.people.name, dataIndex: 'name', key: 'name' },
        { title: m.admin.people.position, dataIndex: 'position', key: 'position' },
        { title: m.admin.people.unit, dataIndex: 'unitName', key: 'unit' },
      ]}
    />
  );
}

function PersonForm({ units, onAdded }: { units: AdminUnit[]; onAdded: () => void }) {
  const m = useMessages();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const { error, busy, submit } = useAdminSubmit();
  const save = (values: PersonFormValues) =>
    submit(
      api.invoke('admin.createPerson', {
        name: values.name.trim(),
        position: values.position?.trim() ?? '',
        unitId: values.unitId,
      }),
      ({ person }) => {
        void message.success(m.admin.people.added(person.name));
        form.resetFields();
        onAdded();
      },
    );
  return (
    <Card title={m.admin.people.add} size="small">
      <Form<PersonFormValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          name="name"
          label={m.admin.people.name}
          rules={[{ required: true, whitespace: true, message: m.admin.people.nameRequired }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="position" label={m.admin.people.position}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={m.admin.people.unit}
          rules={[{ required: true, message: m.admin.people.unitRequired }]}
        >
          <Select showSearch optionFilterProp="label" options={unitOptions(units)} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {m.admin.people.add}
        </Button>
      </Form>
    </Card>
  );
}
