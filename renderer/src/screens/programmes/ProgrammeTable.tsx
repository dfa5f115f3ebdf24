import { Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import { compareVi } from '../../../../shared/text/collate.ts';
import type { ProgrammeRow } from '../../data/use-programmes.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { Messages } from '../../i18n/vi.ts';
import { StatusTags } from './StatusTags.tsx';

/** "2020–2025": a programme's term. */
export const termOf = (row: ProgrammeRow) => `${row.programme.termStart}–${row.programme.termEnd}`;

/** The list's columns, each sortable: code (a link to the programme), title, term, chair, roll-up. */
function programmeColumns(m: Messages): TableColumnsType<ProgrammeRow> {
  return [
    {
      title: m.programmes.code,
      key: 'code',
      width: '8em',
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
      // The title keeps at least 16em; the other columns scroll sideways instead.
      width: '20em',
      sorter: (a, b) => compareVi(a.programme.title, b.programme.title),
      render: (_, row) => row.programme.title,
    },
    {
      title: m.programmes.term,
      key: 'term',
      width: '7em',
      sorter: (a, b) => a.programme.termStart - b.programme.termStart,
      render: (_, row) => termOf(row),
    },
    {
      title: m.programmes.chair,
      key: 'chair',
      width: '11em',
      sorter: (a, b) => compareVi(a.chairName ?? '', b.chairName ?? ''),
      render: (_, row) => row.chairName ?? '—',
    },
    {
      title: m.programmes.rollup,
      key: 'rollup',
      width: '18em',
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
  ];
}

/**
 * The programmes shown; while none shows it says why: still loading, none yet, or none matching.
 * `rows` are all of them (undefined while loading), `shown` those the filters keep.
 */
export function ProgrammeTable(props: {
  rows: readonly ProgrammeRow[] | undefined;
  shown: readonly ProgrammeRow[];
}) {
  const m = useMessages();
  const { rows } = props;
  return (
    <Table<ProgrammeRow>
      rowKey={(row) => row.programme.id}
      loading={rows === undefined}
      dataSource={props.shown}
      pagination={false}
      scroll={{ x: 'max-content' }}
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
      columns={programmeColumns(m)}
    />
  );
}
