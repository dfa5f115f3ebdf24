import { Empty, Spin, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { fieldLabels } from '../../../../shared/domain/field-labels.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import { entityLabels } from '../../../../shared/domain/registry.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useProgrammeHistory, useProgrammeWork } from '../../data/programme-work.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import type { HistoryEntry } from '../../db/local-db.ts';
import { useMessages } from '../../i18n/messages.ts';
import { formatValue } from '../sync/format-value.ts';

/** What a history line names: "Chỉ tiêu 3. Số hộ nghèo", "Kết quả chỉ tiêu theo kỳ — Số hộ nghèo, năm 2022". */
function recordNames(detail: ProgrammeDetail, plans: readonly { id: string; title: string }[]) {
  const names = new Map<string, string>([[detail.programme.id, detail.programme.code]]);
  for (const { indicator, periods } of detail.indicators) {
    names.set(indicator.id, `${indicator.number}. ${indicator.name}`);
    for (const p of periods)
      names.set(p.id, `${indicator.number}. ${indicator.name} — ${formatPeriodVi(p.period)}`);
  }
  for (const plan of plans) names.set(plan.id, plan.title);
  return names;
}

/** Lịch sử: who changed which figure or field of the programme, when, old → new; newest first. */
export function HistoryTab(props: { detail: ProgrammeDetail; personNames: ReadonlyMap<string, string> }) {
  const m = useMessages();
  const t = m.programmePlans;
  const work = useProgrammeWork(props.detail.programme.id);
  const names = useMemo(() => recordNames(props.detail, work?.plans ?? []), [props.detail, work]);
  const ids = useMemo(() => [...names.keys()], [names]);
  const entries = useProgrammeHistory(ids);
  if (entries === undefined) return <Spin />;
  return (
    <Table<HistoryEntry>
      size="small"
      rowKey={(entry) => String(entry.seq ?? `${entry.recordId}-${entry.hlc}-${entry.field}`)}
      dataSource={entries}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t.noHistory} /> }}
      columns={[
        { title: t.historyWhen, key: 'at', width: 150, render: (_, e) => formatDateTimeVi(e.at) },
        {
          title: m.sync.by(''),
          key: 'who',
          width: 180,
          render: (_, e) => (e.actorId ? (props.personNames.get(e.actorId) ?? '') : ''),
        },
        {
          title: t.historyWhat,
          key: 'what',
          render: (_, e) => (
            <span>
              <Typography.Text type="secondary">{entityLabels[e.entity]}</Typography.Text>{' '}
              {names.get(e.recordId) ?? ''} · {fieldLabels[e.field] ?? e.field}: {formatValue(e.oldValue)} →{' '}
              {formatValue(e.newValue)}
            </span>
          ),
        },
      ]}
    />
  );
}
