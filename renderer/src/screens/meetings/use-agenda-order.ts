import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../shared/domain/meeting.ts';
import { moveBy, moveToIndex, type OrderPatch } from '../../../../shared/domain/meeting-order.ts';
import { useDb } from '../../db/db-context.tsx';
import { writePositions } from '../../data/meeting-actions.ts';
import { useMessages } from '../../i18n/messages.ts';

export type AgendaOrder = ReturnType<typeof useAgendaOrder>;

/**
 * Reordering the agenda by dragging a row, by its up/down buttons or with Alt+↑/Alt+↓. The new order is
 * written at once, the moved item keeps the focus once the list has re-rendered, and the move is
 * announced to screen readers (`announce`).
 */
export function useAgendaOrder(agenda: readonly AgendaItem[], readOnly: boolean) {
  const t = useMessages().agendaEdit;
  const { write } = useDb();
  const [dragId, setDragId] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const focusAfter = useRef<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());

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
  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    if (readOnly) return;
    const id = dragId ?? event.dataTransfer.getData('text/plain');
    const moving = agenda.find((row) => row.id === id);
    setDragId(null);
    if (moving) void apply(moving, moveToIndex(agenda, moving.id, index));
  };

  /** What the row of `item` at `index` needs: its element kept for focus, the keys, drag and drop. */
  const rowProps = (item: AgendaItem, index: number) => ({
    ref: (element: HTMLLIElement | null) => {
      if (element) rows.current.set(item.id, element);
      else rows.current.delete(item.id);
    },
    draggable: !readOnly,
    onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => onKey(event, item),
    onDragStart: (event: DragEvent<HTMLLIElement>) => {
      setDragId(item.id);
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.id);
    },
    onDragEnd: () => setDragId(null),
    onDragOver: (event: DragEvent<HTMLLIElement>) => event.preventDefault(),
    onDrop: (event: DragEvent<HTMLLIElement>) => onDrop(event, index),
  });

  return { announce, dragId, move, rowProps };
}
