import { App, Button, Flex, List } from 'antd';
import { useState } from 'react';
import type { Resolution } from '../../../../shared/domain/meeting-record.ts';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord } from '../../db/write.ts';
import { renumberList } from '../../data/meeting-actions.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { NumberedItemModal } from './NumberedItemModal.tsx';

/** Quyết nghị, as a numbered list: add, edit, delete, renumber. */
export function ResolutionList({ detail, readOnly = false }: { detail: MeetingDetail; readOnly?: boolean }) {
  const m = useMessages();
  const t = m.conclusionEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Resolution | 'new' | null>(null);
  const renumber = async () => {
    void message.success(t.renumbered(await renumberList(write, 'resolution', detail.resolutions)));
  };
  return (
    <>
      {editing !== null && !readOnly && (
        <NumberedItemModal
          entity="resolution"
          meetingId={detail.meeting.id}
          item={editing === 'new' ? null : editing}
          items={detail.resolutions}
          onClose={() => setEditing(null)}
        />
      )}
      {!readOnly && (
        <Flex gap={8} justify="end" style={{ marginBottom: 8 }}>
          <Button onClick={() => void renumber()}>{t.renumber}</Button>
          <Button type="primary" onClick={() => setEditing('new')}>
            {t.addResolution}
          </Button>
        </Flex>
      )}
      <List
        dataSource={detail.resolutions}
        renderItem={(resolution) => (
          <List.Item
            actions={
              readOnly
                ? []
                : [
                    <Button key="edit" size="small" onClick={() => setEditing(resolution)}>
                      {m.meetingEdit.editItem}
                    </Button>,
                    <DeleteButton
                      key="delete"
                      onConfirm={() => void deleteRecord(write, 'resolution', resolution.id)}
                    />,
                  ]
            }
          >
            <span style={{ whiteSpace: 'pre-line' }}>
              {resolution.number}. {resolution.text}
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
