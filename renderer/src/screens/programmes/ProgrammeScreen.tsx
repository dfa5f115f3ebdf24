import { Breadcrumb, Descriptions, Empty, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator } from '../../../../shared/domain/indicator.ts';
import { formatNumberVi, formatPercentVi } from '../../../../shared/text/number-format.ts';
import type { AssessedIndicator } from '../../data/programme-summary.ts';
import { useProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useToday } from '../../state/use-now.ts';
import { IndicatorDrawer } from './IndicatorDrawer.tsx';
import { statusColors, StatusTags } from './StatusTags.tsx';

const figure = (value: number | null) => (value === null ? '—' : formatNumberVi(value));

/** Một chương trình: its header, the roll-up, and the indicator table; a row opens the result editor. */
export function ProgrammeScreen({ programmeId }: { programmeId: string }) {
  const m = useMessages();
  const today = useToday();
  const asOf = useUiStore((state) => state.assessmentDate) ?? today;
  const detail = useProgrammeDetail(programmeId, asOf);
  const [editing, setEditing] = useState<Indicator | null>(null);
  if (detail === undefined) return <Spin />;
  if (detail === null) return <Empty description={m.programmes.notFound} />;
  const { programme, rollup } = detail;

  return (
    <section>
      <Breadcrumb
        items={[{ title: <a href="#/programmes">{m.programmes.back}</a> }, { title: programme.code }]}
      />
      <Typography.Title level={2}>
        {programme.code} — {programme.title}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={m.programmes.term}>
          {programme.termStart}–{programme.termEnd}
        </Descriptions.Item>
        <Descriptions.Item label={m.programmes.rollup}>
          <span data-testid="programme-rollup">
            {m.programmes.achievedOrExpected(rollup.achievedOrExpected, rollup.total)}
          </span>{' '}
          <StatusTags counts={rollup.counts} />
        </Descriptions.Item>
      </Descriptions>
      <IndicatorDrawer
        indicator={editing}
        periods={editing ? (detail.periodsByIndicator.get(editing.id) ?? []) : []}
        onClose={() => setEditing(null)}
      />
      <Table<AssessedIndicator>
        rowKey={(row) => row.indicator.id}
        dataSource={detail.indicators}
        pagination={false}
        size="small"
        onRow={(row) => ({ onClick: () => setEditing(row.indicator), style: { cursor: 'pointer' } })}
        columns={[
          { title: m.programmes.number, key: 'n', width: 60, render: (_, row) => row.indicator.number },
          {
            title: m.programmes.indicator,
            key: 'name',
            render: (_, row) => (
              <span>
                {row.indicator.name} {row.indicator.congressResolution && <Tag color="red">NQ ĐH</Tag>}
              </span>
            ),
          },
          {
            title: m.programmes.unitOfMeasure,
            key: 'unit',
            width: 110,
            render: (_, row) => row.indicator.unitOfMeasure,
          },
          {
            title: m.programmes.target,
            key: 'target',
            width: 110,
            render: (_, row) => figure(row.indicator.termTarget),
          },
          {
            title: m.programmes.latest,
            key: 'latest',
            width: 120,
            render: (_, row) => {
              const latest = (detail.periodsByIndicator.get(row.indicator.id) ?? []).find(
                (p) =>
                  row.assessment.period &&
                  p.period.year === row.assessment.period.year &&
                  p.period.kind === row.assessment.period.kind,
              );
              return figure(latest?.result ?? null);
            },
          },
          {
            title: m.programmes.percent,
            key: 'percent',
            width: 100,
            render: (_, row) =>
              row.assessment.percent === null ? '—' : formatPercentVi(row.assessment.percent),
          },
          {
            title: m.programmes.status,
            key: 'status',
            width: 150,
            render: (_, row) => (
              <Tag color={statusColors[row.assessment.status]}>
                {m.indicatorStatus[row.assessment.status]}
              </Tag>
            ),
          },
        ]}
      />
    </section>
  );
}
