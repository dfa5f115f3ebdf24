import { Button, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/meeting.ts';
import { summariseComments } from '../../../../shared/domain/meeting-comments.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AgendaItemModal } from './AgendaItemModal.tsx';
import { AgendaRow } from './AgendaRow.tsx';
import { useAgendaOrder } from './use-agenda-order.ts';

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
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const { agenda } = detail;
  const order = useAgendaOrder(agenda, readOnly);
  const summaries = summariseComments(detail.comments);

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
        {order.announce}
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
        {agenda.map((item, index) => (
          <AgendaRow
            key={item.id}
            item={item}
            index={index}
            detail={detail}
            people={people}
            summary={summaries.get(item.id)}
            readOnly={readOnly}
            order={order}
            onEdit={setEditing}
          />
        ))}
      </ol>
    </>
  );
}
