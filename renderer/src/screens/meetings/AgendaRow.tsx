import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Tag, Typography } from 'antd';
import type { AgendaItem } from '../../../../shared/domain/meeting.ts';
import type { CommentSummary } from '../../../../shared/domain/meeting-comments.ts';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { CommentPanel } from './CommentPanel.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import type { AgendaOrder } from './use-agenda-order.ts';

/** One agenda item: number, title, kind, presenter, its comments, and (to writers) its controls. */
export function AgendaRow(props: {
  item: AgendaItem;
  index: number;
  detail: MeetingDetail;
  people: readonly PersonOption[];
  summary: CommentSummary | undefined;
  readOnly: boolean;
  order: AgendaOrder;
  onEdit: (item: AgendaItem) => void;
}) {
  const m = useMessages();
  const { item, index, detail, readOnly, order } = props;
  const presenter = item.presenterId
    ? (detail.people.get(item.presenterId)?.name ?? '')
    : (item.presenterText ?? '');
  return (
    <li
      {...order.rowProps(item, index)}
      tabIndex={0}
      data-testid="agenda-item"
      aria-label={`${index + 1}. ${item.title}`}
      style={{
        padding: '10px 12px',
        borderBottom: '1px solid rgba(5,5,5,0.06)',
        opacity: order.dragId === item.id ? 0.5 : 1,
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
            summary={props.summary}
            people={props.people}
            readOnly={readOnly}
          />
        </div>
        {!readOnly && (
          <AgendaRowActions
            item={item}
            first={index === 0}
            last={index === detail.agenda.length - 1}
            order={order}
            onEdit={props.onEdit}
          />
        )}
      </Flex>
    </li>
  );
}

/** A writer's controls on one agenda item: up, down, edit, delete. */
function AgendaRowActions(props: {
  item: AgendaItem;
  first: boolean;
  last: boolean;
  order: AgendaOrder;
  onEdit: (item: AgendaItem) => void;
}) {
  const m = useMessages();
  const t = m.agendaEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const { item, order } = props;
  const remove = async () => {
    await deleteRecord(write, 'agendaItem', item.id);
    void message.success(m.meetingEdit.deleted);
  };
  return (
    <Space size={4}>
      <Button
        size="small"
        icon={<ArrowUpOutlined aria-hidden />}
        aria-label={t.moveUp(item.title)}
        disabled={props.first}
        onClick={() => order.move(item, -1)}
      />
      <Button
        size="small"
        icon={<ArrowDownOutlined aria-hidden />}
        aria-label={t.moveDown(item.title)}
        disabled={props.last}
        onClick={() => order.move(item, 1)}
      />
      <Button size="small" onClick={() => props.onEdit(item)}>
        {m.meetingEdit.editItem}
      </Button>
      <DeleteButton onConfirm={() => void remove()} />
    </Space>
  );
}
