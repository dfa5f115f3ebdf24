import type { EntityName } from './registry.ts';

/**
 * Which record each record belongs to, as data: the field that names its parent, and the parent's entity.
 * A child lives in its parent's space (a progress report in its task's programme or meeting, a comment in
 * its agenda item's meeting), so the server refuses a link to a parent it holds in another space
 * (server/sync/checks/parent-check.ts). The schemas already tie `programmeId` and `meetingId` to the record's own
 * space (the space id is made from them); the other links (`taskId`, `indicatorId`, `agendaItemId`, a
 * task's plan or conclusion) name records whose space only the server's copy tells.
 *
 * Not parents: links into the directory (`leadUnitId`, `personId`, `unitId` …), which every space reads
 * and which cross spaces by design, and links inside the directory, which is one space.
 */
export interface ParentLink {
  /** The field that holds the parent's id. */
  readonly field: string;
  /** Where the id sits inside the field's value (`task.source`), when it is not the value itself. */
  readonly key?: string;
  /** The parent's entity. */
  readonly parent: EntityName;
}

const inMeeting: ParentLink = { field: 'meetingId', parent: 'meeting' };
const onAgendaItem: ParentLink = { field: 'agendaItemId', parent: 'agendaItem' };
const inProgramme: ParentLink = { field: 'programmeId', parent: 'programme' };

export const parentLinks: Readonly<Partial<Record<EntityName, readonly ParentLink[]>>> = {
  indicator: [inProgramme],
  indicatorPeriod: [{ field: 'indicatorId', parent: 'indicator' }, inProgramme],
  plan: [inProgramme],
  // A task's source names a programme, a plan (and its programme) or a meeting's numbered conclusion.
  task: [
    { field: 'source', key: 'programmeId', parent: 'programme' },
    { field: 'source', key: 'planId', parent: 'plan' },
    { field: 'source', key: 'meetingId', parent: 'meeting' },
    { field: 'source', key: 'conclusionId', parent: 'conclusion' },
  ],
  taskUpdate: [{ field: 'taskId', parent: 'task' }],
  agendaItem: [inMeeting],
  attendee: [inMeeting],
  speech: [inMeeting, onAgendaItem],
  conclusion: [inMeeting],
  resolution: [inMeeting],
  comment: [inMeeting, onAgendaItem, { field: 'attachmentId', parent: 'attachment' }],
  minutesSignOff: [inMeeting],
  attachment: [
    { field: 'owner', key: 'agendaItemId', parent: 'agendaItem' },
    { field: 'owner', key: 'meetingId', parent: 'meeting' },
    { field: 'owner', key: 'programmeId', parent: 'programme' },
    { field: 'owner', key: 'taskId', parent: 'task' },
    { field: 'owner', key: 'taskUpdateId', parent: 'taskUpdate' },
  ],
};

/** The parent links of an entity ([] for a root or an unknown entity). */
export function parentLinksOf(entity: string): readonly ParentLink[] {
  return Object.hasOwn(parentLinks, entity) ? (parentLinks[entity as EntityName] ?? []) : [];
}

/** The parent id a record (or a change's fields) names through `link`, or null (none, or not an id). */
export function linkedId(record: Readonly<Record<string, unknown>>, link: ParentLink): string | null {
  const value = record[link.field];
  const id =
    link.key === undefined
      ? value
      : typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)[link.key]
        : undefined;
  return typeof id === 'string' ? id : null;
}
