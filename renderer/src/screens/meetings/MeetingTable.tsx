import { Empty, Table, Tag } from 'antd';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useDraftIds } from '../../data/use-drafts.ts';
import type { MeetingRow } from '../../data/use-meetings.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate } from '../../state/router.ts';

/**
 * The meetings as a list (`rows` undefined while loading): date, title with "sắp diễn ra" and the draft
 * tag for one the server has not taken yet, kind, chair. A row opens its meeting.
 */
export function MeetingTable({ rows }: { rows: MeetingRow[] | undefined }) {
  const m = useMessages();
  const drafts = useDraftIds();
  return (
    <Table<MeetingRow>
      rowKey={(row) => row.meeting.id}
      loading={rows === undefined}
      dataSource={rows ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      // In em, so the title keeps room at large font steps; narrower screens scroll the table sideways.
      scroll={{ x: '52em' }}
      locale={{ emptyText: <Empty description={m.empty.meetings} /> }}
      onRow={(row) => ({
        onClick: () => navigate('meetings', row.meeting.id),
        style: { cursor: 'pointer' },
      })}
      columns={[
        {
          title: m.meetings.date,
          key: 'date',
          width: '10em',
          render: (_, row) => formatDateTimeVi(row.meeting.startsAt),
        },
        {
          title: m.meetings.title,
          key: 'title',
          render: (_, row) => (
            <a href={`#/meetings/${row.meeting.id}`}>
              {row.meeting.title} {row.upcoming && <Tag color="blue">{m.meetings.upcoming}</Tag>}
              {drafts.has(row.meeting.id) && (
                <Tag className="draft-tag" title={m.sync.draftHint}>
                  {m.sync.draft}
                </Tag>
              )}
            </a>
          ),
        },
        {
          title: m.meetings.kind,
          key: 'kind',
          width: '12em',
          render: (_, row) => m.meetingKinds[row.meeting.kind],
        },
        { title: m.meetings.chair, key: 'chair', width: '11em', render: (_, row) => row.chairName ?? '—' },
      ]}
    />
  );
}
