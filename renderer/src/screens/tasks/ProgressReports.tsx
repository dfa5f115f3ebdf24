import { Alert, Flex } from 'antd';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { reportingUnit } from '../../data/task-actions.ts';
import { useAccess } from '../../data/use-access.ts';
import { useTaskUpdates } from '../../data/use-task-updates.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProgressReportForm } from './ProgressReportForm.tsx';
import { ReportTimeline } from './ReportTimeline.tsx';

/**
 * Báo cáo tiến độ: a unit posts a dated report with a percent and text; the timeline shows every report
 * of the task, newest first. Saved on this machine at once (works offline), synced later.
 */
export function ProgressReports(props: {
  task: Task;
  today: IsoDate;
  me: { personId: string | null; unitId: string | null };
  unitName: ReadonlyMap<string, string>;
}) {
  const m = useMessages();
  const updates = useTaskUpdates(props.task);
  const { task } = props;
  const access = useAccess();
  const canReport = access.canReportProgress(task);
  // Only the lead-unit rule allows it: the report must be filed under the user's own unit.
  const unitId = access.leadReportUnit(task) ?? reportingUnit(task, props.me.unitId);

  return (
    <Flex vertical gap={16}>
      {canReport ? (
        <ProgressReportForm
          task={task}
          today={props.today}
          unitId={unitId}
          authorId={props.me.personId}
          newestDate={updates?.[0]?.reportDate ?? null}
        />
      ) : (
        <Alert type="info" showIcon data-testid="reports-read-only" title={m.access.reportsReadOnly} />
      )}
      <ReportTimeline updates={updates} unitName={props.unitName} />
    </Flex>
  );
}
