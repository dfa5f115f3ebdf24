import { Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import type { Programme } from '../../../../shared/domain/programme.ts';
import { useProgrammeDirectory } from '../../data/programme-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';
import { CommitteeFields, filterOption } from './CommitteeFields.tsx';
import { formValuesOf, type ProgrammeFormValues } from './programme-form-values.ts';
import { useProgrammeSave } from './use-programme-save.ts';

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
  const directory = useProgrammeDirectory();
  const today = useToday();
  const [form] = Form.useForm<ProgrammeFormValues>();
  const save = useProgrammeSave(form, props.programme, props.onClose);

  useEffect(() => {
    if (props.open) {
      form.resetFields();
      form.setFieldsValue(formValuesOf(props.programme, f.issuingBodyDefault, Number(today.slice(0, 4))));
    }
  }, [props.open, props.programme, form, f.issuingBodyDefault, today]);

  const people = (directory?.people ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.position}` }));
  const units = (directory?.units ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={props.programme ? f.editTitle : f.createTitle}
      size="min(100vw, 44em)"
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
        <CommitteeFields people={people} />
      </Form>
    </Drawer>
  );
}
