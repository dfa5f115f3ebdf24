import { Form, Input, Select } from 'antd';
import { agendaItemKinds, type AgendaItem, type AgendaItemKind } from '../../../../shared/domain/meeting.ts';
import { nextOrder } from '../../../../shared/domain/meeting-order.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord } from '../../db/write.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { FormModal } from './FormModal.tsx';
import { PersonSelect } from './PersonSelect.tsx';

interface ItemForm {
  title: string;
  kind: AgendaItemKind;
  presenterId?: string | null;
  presenterText?: string;
}

/** Adds an agenda item at the end, or edits one (`item`): title, kind, presenter. */
export function AgendaItemModal(props: {
  meetingId: string;
  item: AgendaItem | null;
  agenda: readonly AgendaItem[];
  people: readonly PersonOption[];
  onClose: () => void;
}) {
  const m = useMessages();
  const t = m.agendaEdit;
  const { write } = useDb();
  const { item } = props;

  const save = async (values: ItemForm) => {
    const fields = {
      title: values.title.trim(),
      kind: values.kind,
      presenterId: values.presenterId ?? null,
      presenterText: values.presenterText?.trim() || null,
    };
    if (item) await updateRecord(write, 'agendaItem', item.id, fields);
    else
      await createRecord(write, 'agendaItem', {
        ...fields,
        spaceId: meetingSpace(props.meetingId),
        meetingId: props.meetingId,
        order: nextOrder(props.agenda),
      });
  };

  return (
    <FormModal<ItemForm>
      title={item ? item.title : t.add}
      width={640}
      initialValues={
        item
          ? { ...item, presenterText: item.presenterText ?? '' }
          : { kind: 'draft', presenterId: null, presenterText: '' }
      }
      onSave={save}
      onClose={props.onClose}
    >
      <Form.Item
        name="title"
        label={t.itemTitle}
        rules={[{ required: true, whitespace: true, message: m.meetingEdit.required(t.itemTitle) }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="kind" label={t.kind}>
        <Select options={agendaItemKinds.map((kind) => ({ value: kind, label: m.agendaKinds[kind] }))} />
      </Form.Item>
      <Form.Item name="presenterId" label={t.presenterPerson}>
        <PersonSelect people={props.people} />
      </Form.Item>
      <Form.Item name="presenterText" label={t.presenterText}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
