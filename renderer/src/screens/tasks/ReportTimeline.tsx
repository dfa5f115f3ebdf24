import { Empty, Flex, Progress, Timeline, Typography } from 'antd';
import type { TaskUpdate } from '../../../../shared/domain/task.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useMessages } from '../../i18n/messages.ts';

/** Every report of the task, newest first: its date, unit, percent and text. */
export function ReportTimeline(props: {
  /** Undefined while they load. */
  updates: readonly TaskUpdate[] | undefined;
  unitName: ReadonlyMap<string, string>;
}) {
  const m = useMessages();
  const r = m.taskReports;
  const { updates } = props;
  if (updates && updates.length === 0) return <Empty description={r.empty} />;
  return (
    <Timeline
      data-testid="report-timeline"
      items={(updates ?? []).map((update) => ({
        key: update.id,
        children: (
          <article data-testid="progress-report">
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{formatDateVi(update.reportDate)}</Typography.Text>
              <Typography.Text type="secondary">{props.unitName.get(update.unitId) ?? ''}</Typography.Text>
              <Progress
                percent={update.progress}
                size="small"
                style={{ width: '10em' }}
                aria-label={m.tasks.progressOf(update.progress)}
              />
            </Flex>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {update.text}
            </Typography.Paragraph>
          </article>
        ),
      }))}
    />
  );
}
