import { Button, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useAccess } from '../../data/use-access.ts';
import { useMeetingDirectory } from '../../data/use-meeting-directory.ts';
import { useMeetingRows } from '../../data/use-meetings.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate } from '../../state/router.ts';
import { useNow } from '../../state/use-now.ts';
import { MeetingCalendar } from './MeetingCalendar.tsx';
import { MeetingEditor } from './MeetingEditor.tsx';
import { MeetingTable } from './MeetingTable.tsx';
import { useMeetingsView, type MeetingsView } from './meetings-view-store.ts';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';

/** Hội nghị: upcoming first, then the past ones, latest first. */
export function MeetingsScreen() {
  const m = useMessages();
  const now = useNow();
  const rows = useMeetingRows(now);
  const directory = useMeetingDirectory();
  const [creating, setCreating] = useState(false);
  const { view, setView } = useMeetingsView();
  // A new meeting opens a space of its own, which the server takes from who holds "tổ chức hội nghị" (or an
  // administrator), who then manages it. Anyone may still prepare one here: it is kept on this machine as a
  // draft until it is accepted.
  const accepted = useAccess().canCreateSpace('meeting');
  return (
    <section aria-labelledby="meetings-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <ScreenTitle id="meetings-title">{m.nav.meetings}</ScreenTitle>
        <Flex gap={8} align="center" wrap>
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
      {view === 'list' && <MeetingTable rows={rows} />}
    </section>
  );
}
