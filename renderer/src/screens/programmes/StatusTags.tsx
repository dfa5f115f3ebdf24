import { Space, Tag } from 'antd';
import { indicatorStatuses, type IndicatorStatus } from '../../../../shared/domain/indicator.ts';
import type { StatusCounts } from '../../../../shared/domain/programme-rollup.ts';
import { useMessages } from '../../i18n/messages.ts';

export const statusColors: Record<IndicatorStatus, string> = {
  exceeded: 'green',
  achieved: 'cyan',
  expected: 'blue',
  in_progress: 'gold',
  not_achieved: 'red',
};

/** One tag per status with a count above zero: "Đạt 24 · Đang thực hiện 8". */
export function StatusTags({ counts }: { counts: StatusCounts }) {
  const m = useMessages();
  return (
    <Space size={[4, 4]} wrap>
      {indicatorStatuses
        .filter((status) => counts[status] > 0)
        .map((status) => (
          <Tag key={status} color={statusColors[status]}>
            {m.indicatorStatus[status]} {counts[status]}
          </Tag>
        ))}
    </Space>
  );
}
