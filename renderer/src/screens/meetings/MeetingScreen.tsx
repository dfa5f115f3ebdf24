import { App, Breadcrumb, Button, Descriptions, Empty, Flex, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { rollCall } from '../../../../shared/domain/roll-call.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { formatDateTimeVi, formatTimeVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { copyAsNextMeeting } from '../../data/meeting-actions.ts';
import { useAccess } from '../../data/use-access.ts';
import { useMeetingDetail, type MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMeetingDirectory } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate } from '../../state/router.ts';
import { MinutesTab } from '../minutes/MinutesTab.tsx';
import { MaterialsTab } from '../files/MaterialsTab.tsx';
import { AgendaTab } from './AgendaTab.tsx';
import { AttendeeList } from './AttendeeList.tsx';
import { ConclusionList } from './ConclusionList.tsx';
import { MeetingEditor } from './MeetingEditor.tsx';
import { MeetingTasks } from './MeetingTasks.tsx';
import { ResolutionList } from './ResolutionList.tsx';
import { SpeechesTab } from './SpeechesTab.tsx';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice.tsx';
import { SharingButton } from '../sharing/SharingButton.tsx';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';

function Header({ detail }: { detail: MeetingDetail }) {
  const m = useMessages();
  const { meeting, people } = detail;
  const name = (id: string | null) => (id ? (people.get(id)?.name ?? '—') : '—');
  const counted = rollCall(detail.attendees.filter((a) => a.personId !== null));
  const session = [
    meeting.sessionNumber === null ? null : `${m.meetingEdit.session} ${meeting.sessionNumber}`,
    meeting.term === null ? null : `${m.meetingEdit.term} ${meeting.term}`,
  ].filter(Boolean);
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={m.meetings.date}>
        {formatDateTimeVi(meeting.startsAt)}
        {meeting.endsAt === null ? '' : ` – ${formatTimeVi(meeting.endsAt)}`}
      </Descriptions.Item>
      <Descriptions.Item label={m.meetings.kind}>
        {m.meetingKinds[meeting.kind]}
        {session.length ? ` · ${session.join(', ')}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={m.meetings.place}>{meeting.place || '—'}</Descriptions.Item>
      <Descriptions.Item label={m.meetings.chair}>
        {name(meeting.chairPersonId)}
        {meeting.coChairIds.length
          ? ` · ${m.meetingEdit.coChairs}: ${meeting.coChairIds.map(name).join(', ')}`
          : ''}
      </Descriptions.Item>
      <Descriptions.Item label={m.meetingEdit.minuteTaker}>{name(meeting.minuteTakerId)}</Descriptions.Item>
      <Descriptions.Item label={m.meetings.attendees}>
        <span data-testid="roll-call">{counted.label}</span>
      </Descriptions.Item>
      <Descriptions.Item label={m.meetings.speeches}>
        {m.meetings.speechCount(detail.speeches.length)}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Edit, copy as the next session, share: each shown only to whom may do it. */
function HeaderActions(props: { detail: MeetingDetail; readOnly: boolean; onEdit(): void }) {
  const t = useMessages().meetingEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const access = useAccess();
  const { detail } = props;
  // The next session opens a space of its own: only who may create spaces may copy.
  const canCopy = access.canCreateSpace('meeting');
  const copy = async () => {
    const id = await copyAsNextMeeting(write, detail);
    void message.success(t.copied);
    navigate('meetings', id);
  };
  return (
    <Flex gap={8} style={{ marginTop: 12 }}>
      {!props.readOnly && <Button onClick={props.onEdit}>{t.edit}</Button>}
      {canCopy && <Button onClick={() => void copy()}>{t.copyNext}</Button>}
      <SharingButton spaceId={meetingSpace(detail.meeting.id)} />
    </Flex>
  );
}

/**
 * One meeting: its details, agenda with comments, attendees with the roll call, speeches, conclusions with
 * the tasks they spawned, resolutions; the minutes and material files get their own tabs later.
 */
export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const m = useMessages();
  const t = m.meetingEdit;
  const detail = useMeetingDetail(meetingId);
  const directory = useMeetingDirectory();
  const [editing, setEditing] = useState(false);
  const access = useAccess();
  if (detail === undefined) return <Spin />;
  if (detail === null) return <Empty description={m.meetings.notFound} />;
  const people = directory?.people ?? [];
  // The server would refuse every edit of a meeting the user only reads: show it as a record.
  const readOnly = !access.canWrite(meetingSpace(detail.meeting.id));
  return (
    <section aria-labelledby="meeting-title">
      <Breadcrumb
        items={[{ title: <a href="#/meetings">{m.meetings.back}</a> }, { title: detail.meeting.title }]}
      />
      <Flex justify="space-between" align="start" gap={12} wrap>
        <ScreenTitle id="meeting-title" style={{ flex: 1, minWidth: '16em' }}>
          {detail.meeting.title}
        </ScreenTitle>
        <HeaderActions detail={detail} readOnly={readOnly} onEdit={() => setEditing(true)} />
      </Flex>
      {readOnly && <ReadOnlyNotice text={m.access.meetingReadOnly} />}
      {!readOnly && (
        <MeetingEditor
          open={editing}
          meeting={detail.meeting}
          people={people}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      <Header detail={detail} />
      <Tabs
        id="meeting-tabs"
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'agenda',
            label: m.meetings.agenda,
            children: <AgendaTab detail={detail} people={people} readOnly={readOnly} />,
          },
          {
            key: 'attendees',
            label: m.meetings.attendees,
            // Without the people to pick from, the list has no roll call or add controls.
            children: <AttendeeList detail={detail} {...(readOnly ? {} : { people })} />,
          },
          {
            key: 'speeches',
            label: m.meetings.speeches,
            children: <SpeechesTab detail={detail} people={people} readOnly={readOnly} />,
          },
          {
            key: 'conclusions',
            label: m.meetings.conclusions,
            children: <ConclusionList detail={detail} readOnly={readOnly} />,
          },
          {
            key: 'resolutions',
            label: m.meetings.resolutions,
            children: <ResolutionList detail={detail} readOnly={readOnly} />,
          },
          { key: 'tasks', label: m.meetings.tasks, children: <MeetingTasks detail={detail} /> },
          { key: 'minutes', label: t.minutes, children: <MinutesTab detail={detail} readOnly={readOnly} /> },
          {
            key: 'materials',
            label: t.materials,
            children: <MaterialsTab detail={detail} readOnly={readOnly} />,
          },
        ]}
      />
    </section>
  );
}
