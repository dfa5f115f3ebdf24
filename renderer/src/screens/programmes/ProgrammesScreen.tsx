import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Input, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { compareVi } from '../../../../shared/text/collate.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import { useAccess } from '../../data/use-access.ts';
import type { ProgrammeRow } from '../../data/use-programmes.ts';
import { useProgrammeRows } from '../../data/use-programmes.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { ProgrammeErrorBoundary } from './ProgrammeErrorBoundary.tsx';
import { ProgrammeFormDrawer } from './ProgrammeFormDrawer.tsx';
import { printSummary, TermSummaryPrint } from './SummaryPrint.tsx';
import { StatusTags } from './StatusTags.tsx';

const termOf = (row: ProgrammeRow) => `${row.programme.termStart}–${row.programme.termEnd}`;

/** Chương trình công tác: every programme with its indicator roll-up, searchable without diacritics. */
export function ProgrammesScreen() {
  return (
    <ProgrammeErrorBoundary>
      <ProgrammeList />
    </ProgrammeErrorBoundary>
  );
}

function ProgrammeList() {
  const m = useMessages();
  const assessmentDate = useUiStore((state) => state.assessmentDate);
  const setAssessmentDate = useUiStore((state) => state.setAssessmentDate);
  const today = useToday();
  const asOf = assessmentDate ?? today;
  const rows = useProgrammeRows(asOf);
  const [query, setQuery] = useState('');
  const [term, setTerm] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // A new programme opens a space nobody holds a grant on yet: only an administrator may add one.
  const canCreate = useAccess().canCreateSpace();
  const terms = useMemo(() => [...new Set((rows ?? []).map(termOf))].sort(), [rows]);
  const shown = useMemo(
    () =>
      (rows ?? []).filter(
        (row) =>
          (term === null || termOf(row) === term) &&
          (!query ||
            matchesSearch(query, `${row.programme.code} ${row.programme.title} ${row.chairName ?? ''}`)),
      ),
    [rows, query, term],
  );
  const printTerm = term ?? terms.at(-1) ?? null;

  return (
    <section aria-labelledby="programmes-title">
      <Typography.Title level={2} id="programmes-title">
        {m.nav.programmes}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={m.programmes.search}
          aria-label={m.programmes.search}
          onChange={(event) => setQuery(event.target.value)}
          style={{ width: 360 }}
        />
        <Select
          aria-label={m.programmes.termFilter}
          style={{ width: 170 }}
          value={term ?? ''}
          onChange={(value: string) => setTerm(value === '' ? null : value)}
          options={[
            { value: '', label: m.programmes.allTermsFilter },
            ...terms.map((t) => ({ value: t, label: `${m.programmes.term} ${t}` })),
          ]}
        />
        <span>{m.programmes.asOf}</span>
        <DatePicker
          aria-label={m.programmes.asOf}
          format="DD/MM/YYYY"
          allowClear={false}
          value={dayjs(asOf)}
          onChange={(value) => setAssessmentDate(value ? value.format('YYYY-MM-DD') : null)}
        />
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {m.programmes.create}
          </Button>
        )}
        <Button icon={<PrinterOutlined />} disabled={printTerm === null} onClick={printSummary}>
          {m.programmes.printAll}
        </Button>
      </Space>
      {canCreate && (
        <ProgrammeFormDrawer open={creating} programme={null} onClose={() => setCreating(false)} />
      )}
      {printTerm !== null && (
        <TermSummaryPrint
          term={printTerm}
          asOf={asOf}
          rows={(rows ?? []).filter((r) => termOf(r) === printTerm)}
        />
      )}
      <Table<ProgrammeRow>
        rowKey={(row) => row.programme.id}
        loading={rows === undefined}
        dataSource={shown}
        pagination={false}
        locale={{
          emptyText: (
            <Empty
              description={
                rows === undefined
                  ? m.programmes.loading
                  : rows.length === 0
                    ? m.empty.programmes
                    : m.programmes.noMatch
              }
            />
          ),
        }}
        columns={[
          {
            title: m.programmes.code,
            key: 'code',
            width: 130,
            sorter: (a, b) => compareVi(a.programme.code, b.programme.code),
            render: (_, row) => (
              <a href={`#/programmes/${row.programme.id}`}>
                <strong>{row.programme.code}</strong>
              </a>
            ),
          },
          {
            title: m.programmes.title,
            key: 'title',
            sorter: (a, b) => compareVi(a.programme.title, b.programme.title),
            render: (_, row) => row.programme.title,
          },
          {
            title: m.programmes.term,
            key: 'term',
            width: 110,
            sorter: (a, b) => a.programme.termStart - b.programme.termStart,
            render: (_, row) => termOf(row),
          },
          {
            title: m.programmes.chair,
            key: 'chair',
            width: 180,
            sorter: (a, b) => compareVi(a.chairName ?? '', b.chairName ?? ''),
            render: (_, row) => row.chairName ?? '—',
          },
          {
            title: m.programmes.rollup,
            key: 'rollup',
            width: 300,
            sorter: (a, b) =>
              a.rollup.achievedOrExpected / (a.rollup.total || 1) -
              b.rollup.achievedOrExpected / (b.rollup.total || 1),
            render: (_, row) => (
              <Space direction="vertical" size={4}>
                <span data-testid="rollup">
                  {m.programmes.achievedOrExpected(row.rollup.achievedOrExpected, row.rollup.total)}
                </span>
                <StatusTags counts={row.rollup.counts} />
                {row.rollup.congress.total > 0 && (
                  <Typography.Text type="secondary">
                    {m.programmes.congress(row.rollup.congress.total)}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
