import { describe, expect, it } from 'vitest';
import type { Grant } from '../sync/protocol.ts';
import { canReadSpace, editRights, withLocalSpaces, type AccessSnapshot } from './edit-rights.ts';

const PROGRAMME = 'programme:01900000-0000-7000-8000-000000000001';
const MEETING = 'meeting:01900000-0000-7000-8000-000000000002';
const WARD = '01900000-0000-7000-8000-0000000000aa';
const OTHER_UNIT = '01900000-0000-7000-8000-0000000000bb';
const task = { id: '01900000-0000-7000-8000-0000000000cc', spaceId: PROGRAMME, leadUnitId: WARD };

const access = (grants: Grant[], user: Partial<AccessSnapshot['user']> = {}): AccessSnapshot => ({
  user: { id: 'u', isAdmin: false, unitId: null, ...user },
  grants,
});

describe('editRights', () => {
  it('allows everything when the app was never signed in', () => {
    const rights = editRights(null);
    expect(rights.restricted).toBe(false);
    expect(rights.canWrite(PROGRAMME)).toBe(true);
    expect(rights.canCreateIn(MEETING)).toBe(true);
    expect(rights.canCreateSpace('meeting')).toBe(true);
    expect(rights.canEditTaskField(task, 'title')).toBe(true);
    expect(rights.canReportProgress(task)).toBe(true);
    expect(rights.leadReportUnit(task)).toBeNull();
    expect(canReadSpace(null, PROGRAMME)).toBe(true);
  });

  it('a writer edits every field and reports for any unit', () => {
    const rights = editRights(access([{ spaceId: PROGRAMME, role: 'write' }], { unitId: OTHER_UNIT }));
    expect(rights.canWrite(PROGRAMME)).toBe(true);
    expect(rights.canCreateIn(PROGRAMME)).toBe(true);
    for (const field of ['title', 'deadline', 'status', 'progress'])
      expect(rights.canEditTaskField(task, field)).toBe(true);
    expect(rights.canReportProgress(task)).toBe(true);
    expect(rights.leadReportUnit(task)).toBeNull();
    expect(rights.canWrite(MEETING)).toBe(false);
    expect(rights.canCreateSpace('meeting')).toBe(false);
  });

  it('a reader of the space edits nothing', () => {
    const rights = editRights(access([{ spaceId: PROGRAMME, role: 'read' }], { unitId: OTHER_UNIT }));
    expect(rights.canWrite(PROGRAMME)).toBe(false);
    expect(rights.canCreateIn(PROGRAMME)).toBe(false);
    expect(rights.canEditTaskField(task, 'status')).toBe(false);
    expect(rights.canReportProgress(task)).toBe(false);
  });

  it('the lead unit changes status and progress and reports under its own unit, nothing else', () => {
    const rights = editRights(access([{ spaceId: PROGRAMME, role: 'read' }], { unitId: WARD }));
    expect(rights.canWrite(PROGRAMME)).toBe(false);
    expect(rights.canEditTaskField(task, 'status')).toBe(true);
    expect(rights.canEditTaskField(task, 'progress')).toBe(true);
    for (const field of ['title', 'deadline', 'deadlineText', 'leadUnitId', 'description'])
      expect(rights.canEditTaskField(task, field)).toBe(false);
    expect(rights.canReportProgress(task)).toBe(true);
    expect(rights.leadReportUnit(task)).toBe(WARD);
  });

  it('the lead unit needs to read the space', () => {
    const rights = editRights(access([], { unitId: WARD }));
    expect(rights.canEditTaskField(task, 'status')).toBe(false);
    expect(rights.canReportProgress(task)).toBe(false);
    expect(canReadSpace(access([]), PROGRAMME)).toBe(false);
  });

  it('an admin writes everywhere', () => {
    const rights = editRights(access([], { isAdmin: true }));
    expect(rights.canWrite(MEETING)).toBe(true);
    expect(rights.canCreateSpace('meeting')).toBe(true);
    expect(rights.canEditTaskField(task, 'title')).toBe(true);
  });
});

describe('spaces that exist on this machine only', () => {
  it('are editable in full by their author; every other space keeps the server rules', () => {
    const draft = 'meeting:0190f5a0-0000-7000-8000-0000000000d1';
    const other = 'meeting:0190f5a0-0000-7000-8000-0000000000d2';
    const rights = withLocalSpaces(
      editRights({ user: { id: 'u', isAdmin: false, unitId: null }, grants: [] }),
      [draft],
    );
    expect(rights.canWrite(draft)).toBe(true);
    expect(rights.canCreateIn(draft)).toBe(true);
    expect(rights.canEditTaskField({ id: 't', spaceId: draft, leadUnitId: 'x' }, 'deadline')).toBe(true);
    expect(rights.canWrite(other)).toBe(false);
    expect(rights.canCreateSpace('meeting')).toBe(false);
  });
});

describe('issue 15: capabilities, managers, the unit space', () => {
  const UNIT_SPACE = `unit:${WARD}`;

  it('creating a programme or a meeting takes its capability', () => {
    const organiser = editRights({ ...access([]), capabilities: ['organise_meetings'] });
    expect(organiser.canCreateSpace('meeting')).toBe(true);
    expect(organiser.canCreateSpace('programme')).toBe(false);
    const drafter = editRights({ ...access([]), capabilities: ['draw_up_programmes'] });
    expect(drafter.canCreateSpace('programme')).toBe(true);
    expect(drafter.canCreateSpace('meeting')).toBe(false);
    expect(editRights(access([])).canCreateSpace('programme')).toBe(false);
  });

  it('the directory takes keep_directory, manage on it, or admin', () => {
    expect(editRights({ ...access([]), capabilities: ['keep_directory'] }).canEditDirectory()).toBe(true);
    expect(editRights(access([{ spaceId: 'directory', role: 'manage' }])).canEditDirectory()).toBe(true);
    expect(editRights(access([{ spaceId: 'directory', role: 'write' }])).canEditDirectory()).toBe(false);
    expect(editRights(access([], { isAdmin: true })).canEditDirectory()).toBe(true);
    expect(editRights(access([])).canEditDirectory()).toBe(false);
  });

  it('managers and admins manage; writers do not', () => {
    expect(editRights(access([{ spaceId: MEETING, role: 'manage' }])).canManage(MEETING)).toBe(true);
    expect(editRights(access([{ spaceId: MEETING, role: 'write' }])).canManage(MEETING)).toBe(false);
    expect(editRights(access([], { isAdmin: true })).canManage(MEETING)).toBe(true);
  });

  it('the office of a meeting: its managers and its writers who organise meetings', () => {
    const writer = access([{ spaceId: MEETING, role: 'write' }]);
    expect(editRights(writer).isMeetingOffice(MEETING)).toBe(false);
    expect(editRights({ ...writer, capabilities: ['organise_meetings'] }).isMeetingOffice(MEETING)).toBe(
      true,
    );
    expect(editRights(access([{ spaceId: MEETING, role: 'manage' }])).isMeetingOffice(MEETING)).toBe(true);
    expect(withLocalSpaces(editRights(access([])), [MEETING]).isMeetingOffice(MEETING)).toBe(true);
    expect(editRights(null).isMeetingOffice(MEETING)).toBe(true);
  });

  it('a unit’s members write its own space; others only with a grant', () => {
    const member = editRights(access([], { unitId: WARD }));
    expect(member.canWrite(UNIT_SPACE)).toBe(true);
    expect(member.canCreateIn(UNIT_SPACE)).toBe(true);
    expect(canReadSpace(access([], { unitId: WARD }), UNIT_SPACE)).toBe(true);
    expect(editRights(access([], { unitId: OTHER_UNIT })).canWrite(UNIT_SPACE)).toBe(false);
    expect(canReadSpace(access([], { unitId: OTHER_UNIT }), UNIT_SPACE)).toBe(false);
    expect(canReadSpace(access([{ spaceId: UNIT_SPACE, role: 'read' }]), UNIT_SPACE)).toBe(true);
  });
});
