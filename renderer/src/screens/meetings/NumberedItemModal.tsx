import { AutoComplete, Form, Input, InputNumber } from 'antd';
import type { Conclusion, Resolution } from '../../../../shared/domain/meeting-record.ts';
import { nextNumber } from '../../../../shared/domain/meeting-order.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { FormModal } from './FormModal.tsx';

interface NumberedForm {
  number: number;
  text: string;
  section?: string;
}

type Props =
  | { entity: 'conclusion'; item: Conclusion | null; items: readonly Conclusion[]; sections: string[] }
  | { entity: 'resolution'; item: Resolution | null; items: readonly Resolution[]; sections?: undefined };

/** Adds or edits one numbered item: a conclusion (with its section) or a resolution. */
export function NumberedItemModal(props: Props & { meetingId: string; onClose: () => void }) {
  const m = useMessages();
  const t = m.conclusionEdit;
  const { write } = useDb();
  const { item, entity } = props;
  const isConclusion = entity === 'conclusion';
  const textLabel = isConclusion ? t.text : t.resolutionText;
  const lastSection = isConclusion ? (props.items.at(-1)?.section ?? '') : '';

  const save = async (values: NumberedForm) => {
    const fields = {
      number: values.number,
      text: values.text.trim(),
      ...(isConclusion ? { section: values.section?.trim() || null } : {}),
    };
    if (item) await updateRecord(write, entity, item.id, fields);
    else {
      const base = { spaceId: meetingSpace(props.meetingId), meetingId: props.meetingId };
      if (isConclusion) await createRecord(write, 'conclusion', { ...base, section: null, ...fields });
      else await createRecord(write, 'resolution', { ...base, ...fields });
    }
  };

  return (
    <FormModal<NumberedForm>
      title={isConclusion ? t.add : t.addResolution}
      width={680}
      initialValues={
        item
          ? { number: item.number, text: item.text, section: 'section' in item ? (item.section ?? '') : '' }
          : { number: nextNumber(props.items), text: '', section: lastSection }
      }
      onSave={save}
      onClose={props.onClose}
    >
      {isConclusion && (
        <Form.Item name="section" label={t.section} extra={t.sectionHint}>
          <AutoComplete options={(props.sections ?? []).map((value) => ({ value }))} />
        </Form.Item>
      )}
      <Form.Item name="number" label={t.number} rules={[{ required: true, type: 'integer', min: 1 }]}>
        <InputNumber min={1} />
      </Form.Item>
      <Form.Item
        name="text"
        label={textLabel}
        rules={[{ required: true, whitespace: true, message: m.meetingEdit.required(textLabel) }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} />
      </Form.Item>
    </FormModal>
  );
}
