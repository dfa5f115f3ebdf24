import { App, Button, Flex, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Conclusion } from '../../../../shared/domain/meeting-record.ts';
import { effectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import { compareVi } from '../../../../shared/text/collate.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord } from '../../db/write.ts';
import { renumberList } from '../../data/meeting-actions.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';
import { AssignTaskDrawer } from './AssignTaskDrawer.tsx';
import { NumberedItemModal } from './NumberedItemModal.tsx';

const DEFAULT_SECTIONS = ['Các giải pháp cụ thể', 'Giao nhiệm vụ'];

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
  const today = useToday();
  const { write } = useDb();
  const { message } = App.useApp();
  const [assigning, setAssigning] = useState<Conclusion | null>(null);
  const [editing, setEditing] = useState<Conclusion | 'new' | null>(null);
  const units = useMemo(
    () =>
      [...detail.units.values()]
        .map((unit) => ({ value: unit.id, label: unit.name }))
        .sort((a, b) => compareVi(a.label, b.label)),
    [detail.units],
  );
  const sections = [
    ...new Set([...DEFAULT_SECTIONS, ...detail.conclusions.flatMap((c) => (c.section ? [c.section] : []))]),
  ];
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
          sections={sections}
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
        renderItem={(conclusion) => {
          const tasks = detail.tasksByConclusion.get(conclusion.id) ?? [];
          return (
            <List.Item
              data-testid="conclusion"
              actions={[
                ...(readOnly
                  ? []
                  : [
                      <Button key="assign" size="small" onClick={() => setAssigning(conclusion)}>
                        {m.meetings.assign}
                      </Button>,
                    ]),
                ...(editable
                  ? [
                      <Button key="edit" size="small" onClick={() => setEditing(conclusion)}>
                        {m.meetingEdit.editItem}
                      </Button>,
                      <Popconfirm
                        key="delete"
                        title={m.meetingEdit.confirmDelete}
                        onConfirm={() => void deleteRecord(write, 'conclusion', conclusion.id)}
                        disabled={tasks.length > 0}
                      >
                        <Button size="small" danger disabled={tasks.length > 0}>
                          {m.meetingEdit.delete}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <Space direction="vertical" style={{ width: '100%' }}>
                <span>
                  {conclusion.section && (
                    <Typography.Text type="secondary">{conclusion.section} · </Typography.Text>
                  )}
                  ({conclusion.number}) {conclusion.text}
                </span>
                {tasks.map((task) => (
                  <Typography.Text key={task.id} type="secondary" data-testid="conclusion-task">
                    → {task.title} — {detail.units.get(task.leadUnitId)?.name ?? ''}
                    {task.deadline ? ` · ${formatDateVi(task.deadline)}` : ''}{' '}
                    <Tag>{m.taskStatus[effectiveTaskStatus(task, today)]}</Tag>
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          );
        }}
      />
    </>
  );
}
