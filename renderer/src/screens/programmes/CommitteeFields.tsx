import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space, Typography } from 'antd';
import { committeeRoles } from '../../../../shared/domain/programme.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import { useMessages } from '../../i18n/messages.ts';
import './programmes.css';

export const filterOption = (input: string, option?: { label?: unknown }) =>
  matchesSearch(input, String(option?.label ?? ''));

/** The steering committee in the programme form: a person and a role per member; the first is the chair. */
export function CommitteeFields(props: { people: { value: string; label: string }[] }) {
  const m = useMessages();
  const f = m.programmeForm;
  const { people } = props;
  return (
    <>
      <Typography.Title level={2} className="programme-subheading">
        {f.committee}
      </Typography.Title>
      {people.length === 0 && <Typography.Paragraph type="secondary">{f.noPeople}</Typography.Paragraph>}
      <Form.List name="committee">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'personId']} label={f.person} style={{ minWidth: 320 }}>
                  <Select showSearch filterOption={filterOption} options={people} />
                </Form.Item>
                <Form.Item name={[field.name, 'role']} label={f.role} initialValue="member">
                  <Select
                    style={{ width: 160 }}
                    options={committeeRoles.map((role) => ({ value: role, label: m.committeeRoles[role] }))}
                  />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={f.removeMember}
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              disabled={people.length === 0}
              onClick={() => add({ role: fields.length === 0 ? 'chair' : 'member' })}
            >
              {f.addMember}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
