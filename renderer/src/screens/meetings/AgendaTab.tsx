import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../shared/domain/meeting.ts';
import { summariseComments } from '../../../../shared/domain/meeting-comments.ts';
import { moveBy, moveToIndex, type OrderPatch } from '../../../../shared/domain/meeting-order.ts';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord } from '../../db/write.ts';
import { writePositions } from '../../data/meeting-actions.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AgendaItemModal } from './AgendaItemModal.tsx';
import { CommentPanel } from './CommentPanel.tsx';

/**
 * Chương trình nghị sự: the ordered items with their presenters and comments. Reorder by dragging an
 * item, by its up/down buttons, or with Alt+↑/Alt+↓ on a focused item; the new order is written at once.
 */
export function AgendaTab({
  detail,
  people,
  readOnly = false,
}: {
  detail: MeetingDetail;
  people: readonly PersonOption[];
  /** Only reading: the items and their comments, no adding, moving, editing or deleting. */
  readOnly?: boolean;
}) {
  const m = useMessages();
  const t = m.agendaEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const focusAfter = useRef<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const { agenda } = detail;
  const summaries = summariseComments(detail.comments);

  useEffect(() => {
    const id = focusAfter.current;
    if (id === null) return;
    focusAfter.current = null;
    rows.current.get(id)?.focus();
  }, [agenda]);

  const apply = async (item: AgendaItem, patches: OrderPatch[]) => {
    if (patches.length === 0) return;
    focusAfter.current = item.id;
    await writePositions(write, 'agendaItem', 'order', patches);
    const position = patches.find((patch) => patch.id === item.id)?.value ?? item.order;
    setAnnounce(t.moved(item.title, position + 1));
  };
  const move = (item: AgendaItem, delta: number) => void apply(item, moveBy(agenda, item.id, delta));
  const onKey = (event: KeyboardEvent<HTMLLIElement>, item: AgendaItem) => {
    if (readOnly || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(item, event.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const remove = async (item: AgendaItem) => {
    await deleteRecord(write, 'agendaItem', item.id);
    void message.success(m.meetingEdit.deleted);
  };

  return (
    <>
      {!readOnly && (
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t.dragHint}</Typography.Text>
          <Button type="primary" onClick={() => setEditing('new')}>
            {t.add}
          </Button>
        </Flex>
      )}
      <div aria-live="polite" className="sr-only" style={{ position: 'absolute', left: -10_000 }}>
        {announce}
      </div>
      {editing !== null && !readOnly && (
        <AgendaItemModal
          meetingId={detail.meeting.id}
          item={editing === 'new' ? null : editing}
          agenda={agenda}
          people={people}
          onClose={() => setEditing(null)}
        />
      )}
      {agenda.length === 0 && <Empty description={t.empty} />}
      <ol aria-label={m.meetings.agenda} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {agenda.map((item, index) => {
          const presenter = item.presenterId
            ? (detail.people.get(item.presenterId)?.name ?? '')
            : (item.presenterText ?? '');
          const summary = summaries.get(item.id);
          return (
            <li
              key={item.id}
              ref={(element) => {
                if (element) rows.current.set(item.id, element);
                else rows.current.delete(item.id);
              }}
              tabIndex={0}
              draggable={!readOnly}
              data-testid="agenda-item"
              aria-label={`${index + 1}. ${item.title}`}
              onKeyDown={(event) => onKey(event, item)}
              onDragStart={(event) => {
                setDragId(item.id);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', item.id);
              }}
              onDragEnd={() => setDragId(null)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                if (readOnly) return;
                const id = dragId ?? event.dataTransfer.getData('text/plain');
                const moving = agenda.find((row) => row.id === id);
                setDragId(null);
                if (moving) void apply(moving, moveToIndex(agenda, moving.id, index));
              }}
              style={{
                padding: '10px 12px',
                borderBottom: '1px solid rgba(5,5,5,0.06)',
                opacity: dragId === item.id ? 0.5 : 1,
                background: 'var(--ant-color-bg-container, transparent)',
              }}
            >
              <Flex gap={12} align="start">
                {!readOnly && <HolderOutlined aria-hidden style={{ cursor: 'grab', marginTop: 5 }} />}
                <div style={{ flex: 1 }}>
                  <div>
                    <strong>{index + 1}.</strong> {item.title} <Tag>{m.agendaKinds[item.kind]}</Tag>
                  </div>
                  {presenter && (
                    <Typography.Text type="secondary">
                      {m.meetings.presenter}: {presenter}
                    </Typography.Text>
                  )}
                  <CommentPanel
                    detail={detail}
                    item={item}
                    summary={summary}
                    people={people}
                    readOnly={readOnly}
                  />
                </div>
                {!readOnly && (
                  <Space size={4}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t.moveUp(item.title)}
                      disabled={index === 0}
                      onClick={() => move(item, -1)}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t.moveDown(item.title)}
                      disabled={index === agenda.length - 1}
                      onClick={() => move(item, 1)}
                    />
                    <Button size="small" onClick={() => setEditing(item)}>
                      {m.meetingEdit.editItem}
                    </Button>
                    <Popconfirm title={m.meetingEdit.confirmDelete} onConfirm={() => void remove(item)}>
                      <Button size="small" danger>
                        {m.meetingEdit.delete}
                      </Button>
                    </Popconfirm>
                  </Space>
                )}
              </Flex>
            </li>
          );
        })}
      </ol>
    </>
  );
}
