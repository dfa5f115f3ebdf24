import { Alert, Button, Flex, Typography } from 'antd';
import type { Unit } from '../../../../shared/domain/directory.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useMessages } from '../../i18n/messages.ts';
import { BulkEditModal } from './BulkEditModal.tsx';
import { ClosingReportModal } from './ClosingReportModal.tsx';
import { unitOptions } from './task-options.ts';
import { useBulkActions } from './use-bulk-actions.ts';

/**
 * Bulk actions on the selected tasks: reassign the lead unit, change the deadline, mark done (with one
 * closing report). Each task goes through the one write path, so each change is in its history.
 */
export function BulkActions(props: {
  tasks: readonly Task[];
  units: readonly Unit[];
  today: IsoDate;
  me: { personId: string | null };
  onDone: () => void;
}) {
  const m = useMessages();
  const b = m.taskBulk;
  const bulk = useBulkActions(props);
  const { writable, reassignable, completable, setDialog } = bulk;
  const count = props.tasks.length;
  if (count === 0) return null;

  return (
    <Alert
      type="info"
      role="region"
      aria-label={b.selected(count)}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong data-testid="bulk-count">
            {b.selected(count)}
          </Typography.Text>
          {reassignable.length > 0 && <Button onClick={() => setDialog('reassign')}>{b.reassign}</Button>}
          {writable.length > 0 && <Button onClick={() => setDialog('deadline')}>{b.deadline}</Button>}
          {completable.length > 0 && <Button onClick={() => setDialog('done')}>{b.markDone}</Button>}
          <BulkScopeNote count={count} writable={writable.length} completable={completable.length} />
          {reassignable.length < writable.length && (
            <Typography.Text type="secondary" data-testid="bulk-own-note">
              {b.ownSkipped(writable.length - reassignable.length)}
            </Typography.Text>
          )}
          <Button type="link" onClick={props.onDone}>
            {b.clear}
          </Button>
          <BulkEditModal
            dialog={bulk.dialog}
            count={bulk.dialog === 'reassign' ? reassignable.length : writable.length}
            ownSkipped={writable.length - reassignable.length}
            form={bulk.form}
            units={unitOptions(props.units)}
            deadlineText={bulk.deadlineText}
            parsed={bulk.parsed}
            saving={bulk.saving}
            onCancel={() => setDialog(null)}
            onOk={() => void bulk.confirm()}
          />
          <ClosingReportModal
            open={bulk.dialog === 'done'}
            title={b.doneTitle(completable.length)}
            saving={bulk.saving}
            onCancel={() => setDialog(null)}
            onConfirm={bulk.complete}
          />
        </Flex>
      }
    />
  );
}

/** Says when the selection holds tasks the actions skip: all of them (read only) or some. */
function BulkScopeNote(props: { count: number; writable: number; completable: number }) {
  const m = useMessages();
  if (props.completable === 0 && props.writable === 0)
    return (
      <Typography.Text type="secondary" data-testid="bulk-read-only">
        {m.access.bulkReadOnly}
      </Typography.Text>
    );
  if (props.writable < props.count)
    return (
      <Typography.Text type="secondary" data-testid="bulk-skipped">
        {m.access.bulkSkipped(props.count - props.writable)}
      </Typography.Text>
    );
  return null;
}
