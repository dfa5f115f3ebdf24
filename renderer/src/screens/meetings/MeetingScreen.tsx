import { Breadcrumb, Descriptions, Empty, List, Spin, Tabs, Tag, Typography } from 'antd';
import { rollCall } from '../../../../shared/domain/roll-call.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useMeetingDetail, type MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AttendeeList } from './AttendeeList.tsx';
import { ConclusionList } from './ConclusionList.tsx';

function Header({ detail }: { detail: MeetingDetail }) {
  const m = useMessages();
  const { meeting, people } = detail;
  const counted = rollCall(detail.attendees.filter((a) => a.personId !== null));
  return (
    <>
      <Typography.Title level={2}>{meeting.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={m.meetings.date}>{formatDateTimeVi(meeting.startsAt)}</Descriptions.Item>
        <Descriptions.Item label={m.meetings.kind}>{m.meetingKinds[meeting.kind]}</Descriptions.Item>
        <Descriptions.Item label={m.meetings.place}>{meeting.place || '—'}</Descriptions.Item>
        <Descriptions.Item label={m.meetings.chair}>
          {meeting.chairPersonId ? (people.get(meeting.chairPersonId)?.name ?? '—') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={m.meetings.attendees}>
          <span data-testid="roll-call">{counted.label}</span>
        </Descriptions.Item>
        <Descriptions.Item label={m.meetings.speeches}>
          {m.meetings.speechCount(detail.speeches.length)}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

/** One meeting: agenda, attendance, speeches, conclusions with the tasks they spawned, resolutions. */
export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const m = useMessages();
  const detail = useMeetingDetail(meetingId);
  if (detail === undefined) return <Spin />;
  if (detail === null) return <Empty description={m.meetings.notFound} />;
  const { people } = detail;
  return (
    <section>
      <Breadcrumb
        items={[{ title: <a href="#/meetings">{m.meetings.back}</a> }, { title: detail.meeting.title }]}
      />
      <Header detail={detail} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'agenda',
            label: m.meetings.agenda,
            children: (
              <List
                dataSource={detail.agenda}
                renderItem={(item, index) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <span>
                          {index + 1}. {item.title} <Tag>{m.agendaKinds[item.kind]}</Tag>
                        </span>
                      }
                      description={
                        item.presenterId || item.presenterText
                          ? `${m.meetings.presenter}: ${item.presenterId ? (people.get(item.presenterId)?.name ?? '') : item.presenterText}`
                          : null
                      }
                    />
                  </List.Item>
                )}
              />
            ),
          },
          { key: 'attendees', label: m.meetings.attendees, children: <AttendeeList detail={detail} /> },
          {
            key: 'speeches',
            label: m.meetings.speeches,
            children: (
              <List
                dataSource={detail.speeches}
                renderItem={(speech) => (
                  <List.Item>
                    <List.Item.Meta
                      title={speech.speakerId ? people.get(speech.speakerId)?.name : speech.speakerText}
                      description={speech.summary}
                    />
                  </List.Item>
                )}
              />
            ),
          },
          { key: 'conclusions', label: m.meetings.conclusions, children: <ConclusionList detail={detail} /> },
          {
            key: 'resolutions',
            label: m.meetings.resolutions,
            children: (
              <List
                dataSource={detail.resolutions}
                renderItem={(resolution) => (
                  <List.Item>
                    {resolution.number}. {resolution.text}
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
