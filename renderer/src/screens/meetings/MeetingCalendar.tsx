import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import type { Meeting } from '../../../../shared/domain/meeting.ts';
import { addDays, parseIsoDate, type IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi, formatTimeVi } from '../../../../shared/text/date-format.ts';
import { meetingsByDay, monthGrid, shiftMonth, weekOf } from '../../data/meeting-calendar.ts';
import { useMessages } from '../../i18n/messages.ts';
import { routeHref } from '../../state/router.ts';
import { useToday } from '../../state/use-now.ts';
import { useMeetingsView } from './meetings-view-store.ts';

const cell = { border: '1px solid rgba(5,5,5,0.08)', padding: 6, verticalAlign: 'top' as const };

function DayMeetings({ meetings }: { meetings: readonly Meeting[] }) {
  return (
    <Flex vertical gap={4}>
      {meetings.map((meeting) => (
        <a
          key={meeting.id}
          href={routeHref('meetings', meeting.id)}
          data-testid="calendar-meeting"
          style={{ fontSize: '0.85em', lineHeight: 1.3 }}
        >
          <strong>{formatTimeVi(meeting.startsAt)}</strong> {meeting.title}
        </a>
      ))}
    </Flex>
  );
}

/** The month's or week's heading (h2 under the screen's h1) with previous / today / next. */
function CalendarHeader(props: {
  heading: string;
  month: boolean;
  onMove: (delta: number) => void;
  onToday: () => void;
}) {
  const m = useMessages();
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '8px 0' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25em' }} data-testid="calendar-heading">
        {props.heading}
      </Typography.Title>
      <Space>
        <Button
          icon={<LeftOutlined aria-hidden />}
          aria-label={m.meetingEdit.previousLabel(props.month)}
          onClick={() => props.onMove(-1)}
        />
        <Button onClick={props.onToday}>{m.meetingEdit.today}</Button>
        <Button
          icon={<RightOutlined aria-hidden />}
          aria-label={m.meetingEdit.nextLabel(props.month)}
          onClick={() => props.onMove(1)}
        />
      </Space>
    </Flex>
  );
}

/** Lịch hội nghị: a month or a week (Monday first), each day with its meetings; today is marked. */
export function MeetingCalendar({
  meetings,
  mode,
}: {
  meetings: readonly Meeting[];
  mode: 'month' | 'week';
}) {
  const m = useMessages();
  const today = useToday();
  const { anchor, setAnchor } = useMeetingsView();
  const shown = anchor ?? today;
  const days = meetingsByDay(meetings);
  const { year, month } = parseIsoDate(shown);
  const weeks = mode === 'month' ? monthGrid(shown) : [weekOf(shown)];
  const move = (delta: number) =>
    setAnchor(mode === 'month' ? shiftMonth(shown, delta) : addDays(shown, 7 * delta));
  const heading =
    mode === 'month'
      ? m.meetingEdit.monthHeading(month, year)
      : `${formatDateVi(weeks[0]?.[0] ?? shown)} – ${formatDateVi(weeks[0]?.[6] ?? shown)}`;
  return (
    <section aria-label={heading}>
      <CalendarHeader
        heading={heading}
        month={mode === 'month'}
        onMove={move}
        onToday={() => setAnchor(null)}
      />
      <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <thead>
          <tr>
            {m.meetingEdit.weekdays.map((name) => (
              <th key={name} scope="col" style={{ ...cell, textAlign: 'left' }}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day: IsoDate) => {
                const inMonth = mode === 'week' || parseIsoDate(day).month === month;
                const list = days.get(day) ?? [];
                return (
                  <td
                    key={day}
                    data-date={day}
                    aria-current={day === today ? 'date' : undefined}
                    style={{
                      ...cell,
                      height: mode === 'month' ? 96 : 220,
                      background:
                        day === today
                          ? 'rgba(22,119,255,0.06)'
                          : inMonth
                            ? undefined
                            : 'var(--ant-color-fill-quaternary, rgba(0, 0, 0, 0.02))',
                    }}
                  >
                    <div style={{ fontWeight: day === today ? 700 : 400 }}>{parseIsoDate(day).day}</div>
                    <DayMeetings meetings={list} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
