import { useLiveQuery } from 'dexie-react-hooks';
import type { Person, Unit } from '../../../shared/domain/directory.ts';
import type { Task, TaskSource } from '../../../shared/domain/task.ts';
import { compareVi } from '../../../shared/text/collate.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';

/** What the task screens look names up in: units, people, programmes, plans, meetings, conclusions. */
export interface TaskLookups {
  units: Unit[];
  people: Person[];
  unitName: ReadonlyMap<string, string>;
  personName: ReadonlyMap<string, string>;
  /** Programme id → "01-CTr/QU". */
  programmeLabel: ReadonlyMap<string, string>;
  /** Plan id → its title (or code). */
  planLabel: ReadonlyMap<string, string>;
  /** Meeting id → its title. */
  meetingLabel: ReadonlyMap<string, string>;
  /** Conclusion id → its number within its meeting. */
  conclusionNumber: ReadonlyMap<string, number>;
  programmes: { id: string; label: string }[];
  plans: { id: string; programmeId: string; label: string }[];
  meetings: { id: string; label: string }[];
  conclusions: { id: string; meetingId: string; number: number; text: string }[];
}

export interface TaskListData extends TaskLookups {
  tasks: Task[];
}

const unitLabel = (unit: Unit) => unit.shortName ?? unit.name;

/** Every live task with the names the list shows; reloads when any of those tables change. */
export function useTaskList(): TaskListData | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const [tasks, units, people, programmes, plans, meetings, conclusions] = await Promise.all([
      liveRows(db.task),
      liveRows(db.unit),
      liveRows(db.person),
      liveRows(db.programme),
      liveRows(db.plan),
      liveRows(db.meeting),
      liveRows(db.conclusion),
    ]);
    units.sort((a, b) => compareVi(a.name, b.name));
    people.sort((a, b) => compareVi(a.name, b.name));
    programmes.sort((a, b) => compareVi(a.code, b.code));
    meetings.sort((a, b) => b.startsAt - a.startsAt);
    conclusions.sort((a, b) => a.number - b.number);
    return {
      tasks,
      units,
      people,
      unitName: new Map(units.map((unit) => [unit.id, unitLabel(unit)])),
      personName: new Map(people.map((person) => [person.id, person.name])),
      programmeLabel: new Map(programmes.map((p) => [p.id, p.code])),
      planLabel: new Map(plans.map((plan) => [plan.id, plan.code ?? plan.title])),
      meetingLabel: new Map(meetings.map((meeting) => [meeting.id, meeting.title])),
      conclusionNumber: new Map(conclusions.map((c) => [c.id, c.number])),
      programmes: programmes.map((p) => ({ id: p.id, label: `${p.code} — ${p.title}` })),
      plans: plans.map((plan) => ({ id: plan.id, programmeId: plan.programmeId, label: plan.title })),
      meetings: meetings.map((meeting) => ({ id: meeting.id, label: meeting.title })),
      conclusions: conclusions.map((c) => ({
        id: c.id,
        meetingId: c.meetingId,
        number: c.number,
        text: c.text,
      })),
    };
  }, [db]);
}

/** "01-CTr/QU", "Kế hoạch … · 01-CTr/QU", "Kết luận (3) · Hội nghị lần thứ 9 …", or '' for none. */
export function sourceLabel(source: TaskSource, lookups: TaskLookups): string {
  switch (source.kind) {
    case 'programme':
      return lookups.programmeLabel.get(source.programmeId) ?? '';
    case 'plan': {
      const programme = lookups.programmeLabel.get(source.programmeId) ?? '';
      const plan = lookups.planLabel.get(source.planId);
      return plan ? `${plan} · ${programme}` : programme;
    }
    case 'conclusion': {
      const number = lookups.conclusionNumber.get(source.conclusionId);
      const meeting = lookups.meetingLabel.get(source.meetingId) ?? '';
      return number === undefined ? meeting : `(${number}) ${meeting}`;
    }
    case 'none':
      return '';
  }
}
