import { App, Button, Flex, List } from 'antd';
import { useState } from 'react';
import type { Conclusion } from '../../../../shared/domain/meeting-record.ts';
import { useDb } from '../../db/db-context.tsx';
import { renumberList } from '../../data/meeting-actions.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AssignTaskDrawer } from './AssignTaskDrawer.tsx';
import { ConclusionItem } from './ConclusionItem.tsx';
import { conclusionSections, useUnitOptions } from './conclusion-choices.ts';
import { NumberedItemModal } from './NumberedItemModal.tsx';

/**
 * Kết luận, numbered, each with the tasks it spawned (lead unit, deadline, status) and "Giao nhiệm vụ".
 * Tasks point at the conclusion's id, so editing, renumbering or reordering keeps them in place.
 */
export function ConclusionList({
  detail,
  editable: editableList = true,
  readOnly = false,
}: {
  detail: MeetingDetail;
  editable?: boolean;
  /** Only reading: the conclusions and their tasks, no adding, editing, renumbering or assigning. */
  readOnly?: boolean;
}) {
  const editable = editableList && !readOnly;
  const m = useMessages();
  const t = m.conclusionEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [assigning, setAssigning] = useState<Conclusion | null>(null);
  const [editing, setEditing] = useState<Conclusion | 'new' | null>(null);
  const units = useUnitOptions(detail.units);
  const renumber = async () => {
    void message.success(t.renumbered(await renumberList(write, 'conclusion', detail.conclusions)));
  };

  return (
    <>
      {!readOnly && (
        <AssignTaskDrawer
          meeting={detail.meeting}
          conclusion={assigning}
          units={units}
          onClose={() => setAssigning(null)}
        />
      )}
      {editing !== null && (
        <NumberedItemModal
          entity="conclusion"
          meetingId={detail.meeting.id}
          item={editing === 'new' ? null : editing}
          items={detail.conclusions}
          sections={conclusionSections(detail.conclusions)}
          onClose={() => setEditing(null)}
        />
      )}
      {editable && (
        <Flex gap={8} justify="end" style={{ marginBottom: 8 }}>
          <Button onClick={() => void renumber()}>{t.renumber}</Button>
          <Button type="primary" onClick={() => setEditing('new')}>
            {t.add}
          </Button>
        </Flex>
      )}
      <List
        dataSource={detail.conclusions}
        renderItem={(conclusion) => (
          <ConclusionItem
            conclusion={conclusion}
            detail={detail}
            readOnly={readOnly}
            editable={editable}
            onAssign={setAssigning}
            onEdit={setEditing}
          />
        )}
      />
    </>
  );
}
