import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../domain/indicator-status.ts';
import { percentAchieved } from '../domain/percent-achieved.ts';
import { programmeRollup } from '../domain/programme-rollup.ts';
import { entityNames, validateEntity } from '../domain/registry.ts';
import type { EntityName } from '../domain/registry.ts';
import { rollCall } from '../domain/roll-call.ts';
import { taskSourceSpace } from '../domain/task.ts';
import { isTaskOverdue } from '../domain/task-status.ts';
import { isUuidv7 } from '../ids/index.ts';
import { formatPercentVi, hoChiMinhTimestamp, todayInHoChiMinh } from '../text/index.ts';
import { buildDemoDataset, DEMO_AS_OF, seededRandomBytes } from './index.ts';
import type { DemoDataset } from './index.ts';

const NOW = hoChiMinhTimestamp('2025-06-16', '09:00');
const TODAY = todayInHoChiMinh(NOW);
const data = buildDemoDataset({ now: NOW });

const byId = <T extends { id: string }>(records: readonly T[], id: string): T => {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`No record ${id}`);
  return record;
};

function rollupOf(code: string) {
  const programme = data.programme.find((p) => p.code === code);
  if (!programme) throw new Error(`No programme ${code}`);
  const indicators = data.indicator.filter((i) => i.programmeId === programme.id);
  return programmeRollup(
    indicators.map((indicator) => ({
      congressResolution: indicator.congressResolution,
      status: indicatorStatus({
        indicator,
        periods: data.indicatorPeriod.filter((p) => p.indicatorId === indicator.id),
        term: { start: programme.termStart, end: programme.termEnd },
        asOf: DEMO_AS_OF,
      }).status,
    })),
  );
}

/** Every [where, id, entity it must name] reference of the dataset. */
function references(d: DemoDataset): [string, string | null, EntityName][] {
  const refs: [string, string | null, EntityName][] = [];
  const add = (where: string, id: string | null, entity: EntityName) => refs.push([where, id, entity]);
  d.unit.forEach((u) => add(`unit ${u.name}.parentId`, u.parentId, 'unit'));
  d.person.forEach((p) => add(`person ${p.name}.unitId`, p.unitId, 'unit'));
  for (const p of d.programme) {
    add(`programme ${p.code}.standingAgencyUnitId`, p.standingAgencyUnitId, 'unit');
    p.committee.forEach((m) => add(`programme ${p.code}.committee`, m.personId, 'person'));
  }
  for (const i of d.indicator) {
    add(`indicator ${i.name}.programmeId`, i.programmeId, 'programme');
    add(`indicator ${i.name}.leadUnitId`, i.leadUnitId, 'unit');
  }
  for (const p of d.indicatorPeriod) {
    add('indicatorPeriod.indicatorId', p.indicatorId, 'indicator');
    add('indicatorPeriod.programmeId', p.programmeId, 'programme');
    add('indicatorPeriod.enteredBy', p.enteredBy, 'person');
  }
  d.plan.forEach((p) => add(`plan ${p.title}.programmeId`, p.programmeId, 'programme'));
  for (const t of d.task) {
    add(`task ${t.title}.leadUnitId`, t.leadUnitId, 'unit');
    t.cooperatingUnitIds.forEach((id) => add(`task ${t.title}.cooperatingUnitIds`, id, 'unit'));
    add(`task ${t.title}.responsiblePersonId`, t.responsiblePersonId, 'person');
    add(`task ${t.title}.assignedByPersonId`, t.assignedByPersonId, 'person');
    add(`task ${t.title}.difficultRegistrantId`, t.difficultRegistrantId, 'person');
    if (t.source.kind === 'programme') add('task.source', t.source.programmeId, 'programme');
    if (t.source.kind === 'plan') add('task.source.planId', t.source.planId, 'plan');
    if (t.source.kind === 'plan') add('task.source.programmeId', t.source.programmeId, 'programme');
    if (t.source.kind === 'conclusion') add('task.source.meetingId', t.source.meetingId, 'meeting');
    if (t.source.kind === 'conclusion') add('task.source.conclusionId', t.source.conclusionId, 'conclusion');
  }
  for (const u of d.taskUpdate) {
    add('taskUpdate.taskId', u.taskId, 'task');
    add('taskUpdate.unitId', u.unitId, 'unit');
    add('taskUpdate.authorId', u.authorId, 'person');
  }
  for (const m of d.meeting) {
    add('meeting.chairPersonId', m.chairPersonId, 'person');
    add('meeting.minuteTakerId', m.minuteTakerId, 'person');
    m.coChairIds.forEach((id) => add('meeting.coChairIds', id, 'person'));
  }
  for (const a of d.agendaItem) {
    add('agendaItem.meetingId', a.meetingId, 'meeting');
    add('agendaItem.presenterId', a.presenterId, 'person');
  }
  for (const a of d.attendee) {
    add('attendee.meetingId', a.meetingId, 'meeting');
    add('attendee.personId', a.personId, 'person');
  }
  for (const s of d.speech) {
    add('speech.meetingId', s.meetingId, 'meeting');
    add('speech.agendaItemId', s.agendaItemId, 'agendaItem');
    add('speech.speakerId', s.speakerId, 'person');
  }
  d.conclusion.forEach((c) => add('conclusion.meetingId', c.meetingId, 'meeting'));
  d.resolution.forEach((r) => add('resolution.meetingId', r.meetingId, 'meeting'));
  for (const c of d.comment) {
    add('comment.meetingId', c.meetingId, 'meeting');
    add('comment.agendaItemId', c.agendaItemId, 'agendaItem');
    add('comment.authorId', c.authorId, 'person');
  }
  return refs;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('buildDemoDataset', () => {
  it('has every entity, and every record passes validateEntity unchanged', () => {
    expect(Object.keys(data).sort()).toEqual([...entityNames].sort());
    const failures: string[] = [];
    for (const name of entityNames) {
      for (const record of data[name]) {
        const result = validateEntity(name, record);
        if (!result.ok) failures.push(`${name} ${record.id}: ${result.issues.join('; ')}`);
        else expect(result.value).toEqual(record);
      }
    }
    expect(failures).toEqual([]);
    // A demo meeting's minutes are not written (only their skeleton), so none is signed off.
    const written = entityNames.filter((name) => name !== 'minutesSignOff' && name !== 'attachment');
    expect(written.filter((name) => data[name].length === 0)).toEqual([]);
    expect(data.minutesSignOff).toEqual([]);
    // Demo files are not in the dataset: their bytes would have to be on the server too.
    expect(data.attachment).toEqual([]);
  });

  it('gives every record a distinct UUID v7', () => {
    const ids = entityNames.flatMap((name) => data[name].map((r) => r.id));
    expect(ids.every(isUuidv7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every reference to a record of the right kind', () => {
    const idsOf = Object.fromEntries(entityNames.map((n) => [n, new Set(data[n].map((r) => r.id))]));
    const dangling = references(data)
      .filter(([, id, entity]) => id !== null && !idsOf[entity]?.has(id))
      .map(([where, id]) => `${where} → ${id}`);
    expect(dangling).toEqual([]);
  });

  it('keeps children in their parent space', () => {
    for (const p of data.indicatorPeriod) {
      expect(byId(data.indicator, p.indicatorId).programmeId).toBe(p.programmeId);
    }
    for (const t of data.task) {
      expect(t.spaceId).toBe(taskSourceSpace(t.source, t.leadUnitId));
      if (t.source.kind === 'plan')
        expect(byId(data.plan, t.source.planId).programmeId).toBe(t.source.programmeId);
      if (t.source.kind === 'conclusion') {
        expect(byId(data.conclusion, t.source.conclusionId).meetingId).toBe(t.source.meetingId);
      }
    }
    for (const u of data.taskUpdate) expect(u.spaceId).toBe(byId(data.task, u.taskId).spaceId);
    for (const c of data.comment) expect(byId(data.agendaItem, c.agendaItemId).meetingId).toBe(c.meetingId);
    for (const s of data.speech) {
      if (s.agendaItemId !== null) expect(byId(data.agendaItem, s.agendaItemId).meetingId).toBe(s.meetingId);
    }
  });

  it('is deterministic: the same options give the same dataset, another random source other ids', () => {
    expect(buildDemoDataset({ now: NOW })).toEqual(data);
    expect(buildDemoDataset({ now: NOW, random: seededRandomBytes(0x4c42) })).toEqual(data);
    const other = buildDemoDataset({ now: NOW, random: seededRandomBytes(7) });
    expect(other.unit[0]?.id).not.toBe(data.unit[0]?.id);
    expect(other.unit.map((u) => u.name)).toEqual(data.unit.map((u) => u.name));
  });

  it('stores every text in NFC', () => {
    const texts = entityNames.flatMap((name) => strings(data[name]));
    expect(texts.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
    expect(texts.some((s) => s.includes('Bồ Đề'))).toBe(true);
  });
});

describe('the seeds’ figures', () => {
  it('01-CTr/QU: 18/19 chỉ tiêu đạt và dự kiến đạt, 3 thuộc Nghị quyết Đại hội', () => {
    const rollup = rollupOf('01-CTr/QU');
    expect(rollup.total).toBe(19);
    expect(rollup.achievedOrExpected).toBe(18);
    expect(rollup.congress.total).toBe(3);
  });

  it('02-CTr/QU: 32 chỉ tiêu, 24 đạt, 8 đang thực hiện; Nghị quyết Đại hội 3 đạt, 3 đang thực hiện', () => {
    const rollup = rollupOf('02-CTr/QU');
    expect(rollup.total).toBe(32);
    expect(rollup.achieved).toBe(24);
    expect(rollup.counts.in_progress).toBe(8);
    expect(rollup.congress.total).toBe(6);
    expect(rollup.congress.achieved).toBe(3);
    expect(rollup.congress.counts.in_progress).toBe(3);
  });

  it('03-CTr/QU: 14 chỉ tiêu, 8 đạt, 1 of them thuộc Nghị quyết Đại hội', () => {
    const rollup = rollupOf('03-CTr/QU');
    expect(rollup.total).toBe(14);
    expect(rollup.achieved).toBe(8);
    expect(rollup.congress.achieved).toBe(1);
  });

  it('sets a status by hand rarely, and always with a reason', () => {
    const overrides = data.indicatorPeriod.flatMap((p) => (p.statusOverride ? [p.statusOverride] : []));
    expect(overrides.length).toBeGreaterThan(0);
    expect(overrides.length).toBeLessThanOrEqual(2);
    expect(overrides.every((o) => o.reason.length > 20)).toBe(true);
  });

  it('new parks: 9,25 ha is 88,94% of the programme target', () => {
    const parks = data.indicator.find((i) => i.name.startsWith('Xây dựng mới vườn hoa'));
    if (!parks) throw new Error('No parks indicator');
    expect(formatPercentVi(percentAchieved(parks, 9.25) ?? 0)).toBe('88,94%');
  });

  it('the 9th plenum: chaired by Đường Hoài Nam on 14/12/2021, exactly two absent with reasons', () => {
    const plenum = data.meeting.find((m) => m.sessionNumber === 9);
    if (!plenum) throw new Error('No 9th plenum');
    expect(byId(data.person, plenum.chairPersonId ?? '').name).toBe('Đường Hoài Nam');
    expect(todayInHoChiMinh(plenum.startsAt)).toBe('2021-12-14');
    const attendees = data.attendee.filter((a) => a.meetingId === plenum.id);
    const absent = attendees.filter((a) => a.attendance === 'absent');
    expect(absent).toHaveLength(2);
    expect(absent.every((a) => (a.absenceReason ?? '').length > 0)).toBe(true);
    expect(rollCall(attendees.filter((a) => a.personId !== null)).absent).toBe(2);
    expect(data.agendaItem.filter((a) => a.meetingId === plenum.id)).toHaveLength(8);
    expect(data.resolution.filter((r) => r.meetingId === plenum.id).map((r) => r.number)).toEqual([1, 2]);
    const task = data.task.find((t) => t.deadlineText === 'xong trong tháng 01/2022');
    expect(task?.deadline).toBe('2022-01-31');
    expect(task?.source.kind).toBe('conclusion');
  });

  it('Tây Hồ: difficult tasks registered for 2024 by key officials', () => {
    const difficult = data.task.filter((t) => t.difficult);
    expect(difficult.length).toBeGreaterThanOrEqual(3);
    expect(difficult.every((t) => t.difficultYear === 2024 && t.difficultRegistrantId !== null)).toBe(true);
  });
});

describe('a living app on the dataset’s today', () => {
  it('has tasks overdue and tasks still to come, of every status', () => {
    expect(data.task.filter((t) => isTaskOverdue(t, TODAY)).length).toBeGreaterThanOrEqual(5);
    expect(data.task.filter((t) => t.deadline !== null && t.deadline > TODAY).length).toBeGreaterThanOrEqual(
      10,
    );
    expect(new Set(data.task.map((t) => t.status))).toEqual(
      new Set(['not_started', 'in_progress', 'done', 'paused']),
    );
    expect(data.task.length).toBeGreaterThanOrEqual(40);
  });

  it('gives a ward official of Bồ Đề work of their own', () => {
    const boDe = data.unit.find((u) => u.name === 'Phường Bồ Đề');
    expect(data.task.filter((t) => t.leadUnitId === boDe?.id).length).toBeGreaterThanOrEqual(3);
    expect(
      data.unit.filter((u) => u.kind === 'ward' && u.name !== 'Phường Bồ Đề').length,
    ).toBeGreaterThanOrEqual(16);
  });

  it('reports progress no later than today, the latest matching the task', () => {
    for (const task of data.task) {
      const updates = data.taskUpdate.filter((u) => u.taskId === task.id);
      expect(updates.every((u) => u.reportDate <= TODAY)).toBe(true);
      const latest = updates.at(-1);
      if (latest) expect(latest.progress).toBe(task.progress);
      if (task.status === 'done') expect(task.progress).toBe(100);
    }
  });
});
