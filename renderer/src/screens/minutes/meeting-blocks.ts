import type { JSONContent } from '@tiptap/core';
import { formatDateTimeVi, formatTimeVi } from '../../../../shared/text/date-format.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { Messages } from '../../i18n/vi.ts';

/**
 * The meeting's recorded data as minutes text (TipTap JSON), inserted at the cursor by ONE person's
 * action: Yjs merges by item id, so blocks built on two machines would appear twice — an insert is an
 * ordinary edit by whoever clicks, and "refresh" is deleting the old text and inserting again.
 */
type Labels = Messages['minutes']['attendance'];

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const paragraph = (value: string): JSONContent => ({
  type: 'paragraph',
  content: value ? [text(value)] : [],
});
/** "Chủ trì: …" with the label in bold; ProseMirror allows no empty text node, so an empty value is left out. */
const labelled = (label: string, value: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text: `${label}: `, marks: [{ type: 'bold' }] }, ...(value ? [text(value)] : [])],
});
const list = (type: 'orderedList' | 'bulletList', items: readonly string[]): JSONContent => ({
  type,
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

function who(detail: MeetingDetail, personId: string | null, fallback: string | null, none: string): string {
  const person = personId ? detail.people.get(personId) : undefined;
  if (person)
    return person.position ? `Đồng chí ${person.name}, ${person.position}` : `Đồng chí ${person.name}`;
  return fallback?.trim() || none;
}

function attendanceBlocks(detail: MeetingDetail, labels: Labels): JSONContent[] {
  const name = (a: MeetingDetail['attendees'][number]) => who(detail, a.personId, a.groupName, labels.none);
  const of = (kind: string) => detail.attendees.filter((a) => a.attendance === kind);
  const blocks: JSONContent[] = [];
  const present = of('present').map(name);
  const online = of('online').map(name);
  const absent = of('absent').map((a) => `${name(a)} (${a.absenceReason ?? labels.none})`);
  if (present.length)
    blocks.push(labelled(`${labels.present} (${present.length})`, ''), list('bulletList', present));
  if (online.length)
    blocks.push(labelled(`${labels.online} (${online.length})`, ''), list('bulletList', online));
  if (absent.length)
    blocks.push(labelled(`${labels.absent} (${absent.length})`, ''), list('bulletList', absent));
  return blocks;
}

function proceedingsBlocks(detail: MeetingDetail, labels: Labels): JSONContent[] {
  return detail.agenda.flatMap((item, index) => {
    const presenter = who(detail, item.presenterId, item.presenterText, labels.none);
    const speeches = detail.speeches
      .filter((speech) => speech.agendaItemId === item.id)
      .map(
        (speech) => `${who(detail, speech.speakerId, speech.speakerText, labels.none)}: ${speech.summary}`,
      );
    return [
      { type: 'heading', attrs: { level: 3 }, content: [text(`${index + 1}. ${item.title}`)] },
      labelled(labels.presenter, presenter),
      ...(speeches.length ? [labelled(labels.speeches, ''), list('bulletList', speeches)] : []),
    ];
  });
}

export function meetingDataContent(detail: MeetingDetail, labels: Labels): JSONContent[] {
  const { meeting } = detail;
  const time =
    formatDateTimeVi(meeting.startsAt) + (meeting.endsAt ? ` – ${formatTimeVi(meeting.endsAt)}` : '');
  const conclusions = detail.conclusions.map((conclusion) => conclusion.text);
  return [
    labelled(labels.time, time),
    labelled(labels.place, meeting.place || labels.none),
    labelled(labels.chair, who(detail, meeting.chairPersonId, null, labels.none)),
    labelled(labels.minuteTaker, who(detail, meeting.minuteTakerId, null, labels.none)),
    ...attendanceBlocks(detail, labels),
    ...proceedingsBlocks(detail, labels),
    ...(conclusions.length ? [labelled(labels.conclusions, ''), list('orderedList', conclusions)] : []),
  ];
}
