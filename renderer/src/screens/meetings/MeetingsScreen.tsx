import { Button, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useAccess } from '../../data/use-access.ts';
import { useDraftIds } from '../../data/use-drafts.ts';
import { useMeetingDirectory } from '../../data/use-meeting-directory.ts';
import { useMeetingRows, type MeetingRow } from '../../data/use-meetings.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate } from '../../state/router.ts';
import { useNow } from '../../state/use-now.ts';
import { MeetingCalendar } from './MeetingCalendar.tsx';
import { MeetingEditor } from './MeetingEditor.tsx';
import { useMeetingsView, type MeetingsView } from './meetings-view-store.ts';

/** Hội nghị: upcoming first, then the past ones, latest first. */
export function MeetingsScreen() {
  const m = useMessages();
  const now = useNow();
  const rows = useMeetingRows(now);
  const directory = useMeetingDirectory();
  const [creating, setCreating] = useState(false);
  const { view, setView } = useMeetingsView();
  // A new meeting opens a space nobody holds a grant on yet: the server takes it from an administrator
  // only. Anyone may still prepare one here: it is kept on this machine as a draft until it is accepted.
  const accepted = useAccess().canCreateSpace();
  const drafts = useDraftIds();
  return (
    <section aria-labelledby="meetings-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} id="meetings-title">
          {m.nav.meetings}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Segmented<MeetingsView>
            aria-label={m.meetingEdit.viewLabel}
            value={view}
            onChange={setView}
            options={[
              { value: 'list', label: m.meetingEdit.list },
              { value: 'month', label: m.meetingEdit.month },
              { value: 'week', label: m.meetingEdit.week },
            ]}
          />
          <Button type="primary" onClick={() => setCreating(true)}>
            {m.meetingEdit.create}
          </Button>
        </Flex>
      </Flex>
      <MeetingEditor
        open={creating}
        meeting={null}
        draftOnly={!accepted}
        people={directory?.people ?? []}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          navigate('meetings', id);
        }}
      />
      {view !== 'list' && <MeetingCalendar mode={view} meetings={(rows ?? []).map((row) => row.meeting)} />}
      {view === 'list' && (
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
              width: 200,
              render: (_, row) => m.meetingKinds[row.meeting.kind],
            },
            { title: m.meetings.chair, key: 'chair', width: 180, render: (_, row) => row.chairName ?? '—' },
          ]}
        />
      )}
    </section>
  );
}
