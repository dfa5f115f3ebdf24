import { Empty, Spin, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Period } from '../../../../shared/domain/indicator.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import { entityLabels } from '../../../../shared/domain/registry.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { loadHistoryNames } from '../../data/history-names.ts';
import { useProgrammeHistory, useProgrammeWork } from '../../data/programme-work.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { actorText } from '../shared/history-format.ts';
import { programmeEdits, type ProgrammeEdit } from './programme-edits.ts';

/** What a history line names: "Chỉ tiêu 3. Số hộ nghèo", "Kết quả chỉ tiêu theo kỳ — Số hộ nghèo, năm 2022". */
function recordNames(detail: ProgrammeDetail, plans: readonly { id: string; title: string }[]) {
  const names = new Map<string, string>([[detail.programme.id, detail.programme.code]]);
  const periods = new Map<string, Period>();
  for (const { indicator, periods: figures } of detail.indicators) {
    names.set(indicator.id, `${indicator.number}. ${indicator.name}`);
    for (const p of figures) {
      names.set(p.id, `${indicator.number}. ${indicator.name} — ${formatPeriodVi(p.period)}`);
      periods.set(p.id, p.period);
    }
  }
  for (const plan of plans) names.set(plan.id, plan.title);
  return { names, periods };
}

/** Lịch sử: who changed which figure or field of the programme, when, old → new; newest first. */
export function HistoryTab(props: { detail: ProgrammeDetail }) {
  const m = useMessages();
  const t = m.programmePlans;
  const locale = useUiStore((state) => state.settings.locale);
  const { db } = useDb();
  const work = useProgrammeWork(props.detail.programme.id);
  const { names, periods } = useMemo(
    () => recordNames(props.detail, work?.plans ?? []),
    [props.detail, work],
  );
  const ids = useMemo(() => [...names.keys()], [names]);
  const entries = useProgrammeHistory(ids);
  const people = useLiveQuery(
    async () => (entries ? loadHistoryNames(db, entries) : undefined),
    [db, entries],
  );
  const edits = useMemo(
    () => (entries && people ? programmeEdits(entries, { m, locale, names: people, periods }) : undefined),
    [entries, people, m, locale, periods],
  );
  if (edits === undefined || people === undefined) return <Spin />;
  const who = (edit: ProgrammeEdit) => {
    const { name, unit } = actorText({ m, locale, names: people }, edit.edit.actor);
    return unit ? `${name} · ${unit}` : name;
  };
  return (
    <Table<ProgrammeEdit>
      size="small"
      rowKey="key"
      dataSource={edits}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t.noHistory} /> }}
      columns={[
        { title: t.historyWhen, key: 'at', width: '10em', render: (_, e) => formatDateTimeVi(e.edit.at) },
        { title: m.sync.by(''), key: 'who', width: '12em', render: (_, e) => who(e) },
        {
          title: t.historyWhat,
          key: 'what',
          width: '24em',
          render: (_, e) => (
            <div data-testid="history-edit">
              <Typography.Text type="secondary">
                {entityLabels[e.edit.entries[0]?.entity ?? 'programme']}
              </Typography.Text>{' '}
              {names.get(e.recordId) ?? ''}
              {e.lines.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </div>
          ),
        },
      ]}
    />
  );
}
