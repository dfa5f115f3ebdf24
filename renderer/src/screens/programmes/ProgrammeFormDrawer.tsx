import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { committeeRoles, type Programme } from '../../../../shared/domain/programme.ts';
import { programmeSpace } from '../../../../shared/domain/space.ts';
import { uuidv7 } from '../../../../shared/ids/index.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import { useProgrammeDirectory } from '../../data/programme-directory.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord, ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate } from '../../state/router.ts';
import { useToday } from '../../state/use-now.ts';
import {
  formValuesOf,
  programmeFieldsOf,
  programmeFormIssues,
  type ProgrammeFormValues,
} from './programme-form-values.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const filterOption = (input: string, option?: { label?: unknown }) =>
  matchesSearch(input, String(option?.label ?? ''));

/**
 * Thêm / sửa chương trình: code, title, term, issuing body, the higher programme, the steering committee
 * with roles and the standing agency. Messages come from the programme schema, next to each field.
 */
export function ProgrammeFormDrawer(props: {
  open: boolean;
  programme: Programme | null;
  onClose: () => void;
}) {
  const m = useMessages();
  const f = m.programmeForm;
  const { write } = useDb();
  const { message } = App.useApp();
  const directory = useProgrammeDirectory();
  const today = useToday();
  const [form] = Form.useForm<ProgrammeFormValues>();
  const newId = useRef<string | null>(null);

  useEffect(() => {
    if (props.open) {
      form.resetFields();
      form.setFieldsValue(formValuesOf(props.programme, f.issuingBodyDefault, Number(today.slice(0, 4))));
    }
  }, [props.open, props.programme, form, f.issuingBodyDefault, today]);

  const save = async () => {
    const values = form.getFieldsValue(true) as ProgrammeFormValues;
    newId.current ??= uuidv7(write.now());
    const id = props.programme?.id ?? newId.current;
    const issues = programmeFormIssues(values, id);
    form.setFields(
      (['code', 'title', 'termStart', 'termEnd', 'issuingBody', 'higherProgrammeCode'] as const).map(
        (name) => ({
          name,
          errors: issues.filter((i) => i.name[0] === name).map((i) => capitalise(i.message)),
        }),
      ),
    );
    const committeeIssues = issues.filter((i) => i.name[0] === 'committee');
    for (const issue of committeeIssues.filter((i) => i.name.length > 2)) {
      form.setFields([{ name: issue.name as never, errors: [capitalise(issue.message)] }]);
    }
    if (issues.length > 0) {
      const general = committeeIssues.filter((i) => i.name.length <= 2).map((i) => capitalise(i.message));
      if (general.length > 0) void message.error(general.join('; '));
      return;
    }
    try {
      const fields = programmeFieldsOf(values);
      if (props.programme) {
        await updateRecord(write, 'programme', props.programme.id, fields);
        void message.success(f.saved);
      } else {
        await createRecord(write, 'programme', { ...fields, id, spaceId: programmeSpace(id) } as never);
        void message.success(f.created);
        navigate('programmes', id);
      }
      props.onClose();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  const people = (directory?.people ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.position}` }));
  const units = (directory?.units ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={props.programme ? f.editTitle : f.createTitle}
      width={640}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>{f.cancel}</Button>
          <Button type="primary" onClick={() => void save()}>
            {f.save}
          </Button>
        </Space>
      }
    >
      <Form<ProgrammeFormValues> form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item name="code" label={f.code} extra={f.codeHint} required>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="title" label={f.title} required>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="termStart" label={f.termStart} required>
            <InputNumber controls={false} />
          </Form.Item>
          <Form.Item name="termEnd" label={f.termEnd} required>
            <InputNumber controls={false} />
          </Form.Item>
        </Space>
        <Form.Item name="issuingBody" label={f.issuingBody} required>
          <Input />
        </Form.Item>
        <Form.Item name="higherProgrammeCode" label={f.higherProgramme}>
          <Input placeholder="10-CTr/TU" />
        </Form.Item>
        <Form.Item name="standingAgencyUnitId" label={f.standingAgency}>
          <Select allowClear showSearch filterOption={filterOption} options={units} />
        </Form.Item>
        <Typography.Title level={5}>{f.committee}</Typography.Title>
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
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={people.length === 0}
                onClick={() => add({ role: fields.length === 0 ? 'chair' : 'member' })}
              >
                {f.addMember}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
