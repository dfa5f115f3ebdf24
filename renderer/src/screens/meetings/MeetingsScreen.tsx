import { Empty, Table, Tag, Typography } from 'antd';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useMeetingRows, type MeetingRow } from '../../data/use-meetings.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate } from '../../state/router.ts';
import { useNow } from '../../state/use-now.ts';

/** Hội nghị: upcoming first, then the past ones, latest first. */
export function MeetingsScreen() {
  const m = useMessages();
  const now = useNow();
  const rows = useMeetingRows(now);
  return (
    <section aria-labelledby="meetings-title">
      <Typography.Title level={2} id="meetings-title">
        {m.nav.meetings}
      </Typography.Title>
      <Table<MeetingRow>
        rowKey={(row) => row.meeting.id}
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={m.empty.meetings} /> }}
        onRow={(row) => ({
          onClick: () => navigate('meetings', row.meeting.id),
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: m.meetings.date,
            key: 'date',
            width: 170,
            render: (_, row) => formatDateTimeVi(row.meeting.startsAt),
          },
          {
            title: m.meetings.title,
            key: 'title',
            render: (_, row) => (
              <a href={`#/meetings/${row.meeting.id}`}>
                {row.meeting.title} {row.upcoming && <Tag color="blue">{m.meetings.upcoming}</Tag>}
              </a>
            ),
          },
          {
            title: m.meetings.kind,
            key: 'kind',
            width: 200,
            render: (_, row) => m.meetingKinds[row.meeting.kind],
          },
          { title: m.meetings.chair, key: 'chair', width: 180, render: (_, row) => row.chairName ?? '—' },
        ]}
      />
    </section>
  );
}
