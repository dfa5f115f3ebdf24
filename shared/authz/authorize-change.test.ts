import { describe, expect, it } from 'vitest';
import { DIRECTORY_SPACE } from '../domain/space.ts';
import type { Role } from '../sync/protocol.ts';
import type { Principal } from './access.ts';
import { formatRefusal } from '../sync/refusal-messages.ts';
import { authorizeChange, type ChangeAccessRequest } from './authorize-change.ts';

const PROGRAMME = 'programme:01900000-0000-7000-8000-000000000001';
const MEETING = 'meeting:01900000-0000-7000-8000-000000000002';
const WARD = '01900000-0000-7000-8000-0000000000aa';
const OTHER_UNIT = '01900000-0000-7000-8000-0000000000bb';
const TASK_ID = '01900000-0000-7000-8000-0000000000cc';

function principal(grants: Array<[string, Role]>, extra: Partial<Principal> = {}): Principal {
  return {
    userId: 'u',
    isAdmin: false,
    unitId: null,
    grants: grants.map(([spaceId, role]) => ({ spaceId, role })),
    capabilities: [],
    ...extra,
  };
}

type Op = 'create' | 'update-title' | 'update-status' | 'delete';

function request(spaceId: string, op: Op): ChangeAccessRequest {
  const stored = { id: TASK_ID, spaceId, title: 'Cũ', status: 'in_progress', leadUnitId: OTHER_UNIT };
  const fields = op === 'update-title' ? ['title'] : op === 'update-status' ? ['status'] : [];
  return {
    entity: 'task',
    spaceId,
    fields: op === 'create' ? ['title', 'status', 'leadUnitId'] : fields,
    deleted: op === 'delete',
    stored: op === 'create' ? null : stored,
    merged: stored,
    task: null,
  };
}

const spaces = [
  ['directory', DIRECTORY_SPACE],
  ['programme', PROGRAMME],
  ['meeting', MEETING],
] as const;
const ops: Op[] = ['create', 'update-title', 'update-status', 'delete'];

/** Expected: may this role write (any op) in this kind of space? */
const writes: Record<string, Record<Role | 'none', boolean>> = {
  directory: { none: false, read: false, write: false, manage: true },
  programme: { none: false, read: false, write: true, manage: true },
  meeting: { none: false, read: false, write: true, manage: true },
};

const matrix = spaces.flatMap(([kind, spaceId]) =>
  (['none', 'read', 'write', 'manage'] as const).flatMap((role) =>
    ops.map((op) => ({ kind, spaceId, role, op, allowed: writes[kind]?.[role] ?? false })),
  ),
);

describe('authorizeChange: role × space × operation', () => {
  it.each(matrix)('$role on $kind, $op → allowed: $allowed', ({ spaceId, role, op, allowed }) => {
    const grants: Array<[string, Role]> = role === 'none' ? [] : [[spaceId, role]];
    const decision = authorizeChange(principal(grants), request(spaceId, op));
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toMatch(/Bạn|Chỉ quản trị viên/);
  });

  it.each(spaces)('an admin writes the %s space without grants', (_kind, spaceId) => {
    for (const op of ops)
      expect(authorizeChange(principal([], { isAdmin: true }), request(spaceId, op)).allowed).toBe(true);
  });

  it('says why: no access at all, or read only', () => {
    const none = authorizeChange(principal([]), request(PROGRAMME, 'update-title'));
    expect(none).toEqual({
      allowed: false,
      reason: 'Bạn không có quyền truy cập chương trình này.',
      message: { key: 'no_access', params: { space: 'programme' } },
    });
    const read = authorizeChange(principal([[MEETING, 'read']]), request(MEETING, 'update-title'));
    expect(read).toEqual({
      allowed: false,
      reason: 'Bạn chỉ có quyền xem hội nghị này, không được sửa.',
      message: { key: 'read_only', params: { space: 'meeting' } },
    });
  });

  it('every refusal carries a message that words back to its reason', () => {
    const reader = principal([[PROGRAMME, 'read']], { unitId: WARD });
    const decision = authorizeChange(reader, request(PROGRAMME, 'update-title'));
    if (decision.allowed) throw new Error('expected a refusal');
    expect(formatRefusal(decision.message, 'vi')).toBe(decision.reason);
    expect(formatRefusal(decision.message, 'en')).toBe('You may only view this programme, not edit it.');
  });

  it('a grant on one space gives nothing in another', () => {
    expect(
      authorizeChange(principal([[PROGRAMME, 'manage']]), request(MEETING, 'update-title')).allowed,
    ).toBe(false);
  });
});

describe('authorizeChange: the lead unit of a task', () => {
  const ward = principal([[PROGRAMME, 'read']], { unitId: WARD });
  const task = {
    id: TASK_ID,
    spaceId: PROGRAMME,
    title: 'Nhiệm vụ',
    deadline: '2022-01-31',
    leadUnitId: WARD,
  };
  const taskChange = (fields: string[], deleted = false): ChangeAccessRequest => ({
    entity: 'task',
    spaceId: PROGRAMME,
    fields,
    deleted,
    stored: task,
    merged: task,
    task: null,
  });
  const report = (unitId: string, stored: Record<string, unknown> | null = null): ChangeAccessRequest => ({
    entity: 'taskUpdate',
    spaceId: PROGRAMME,
    fields: ['taskId', 'unitId', 'progress', 'text'],
    deleted: false,
    stored,
    merged: { id: 'r', spaceId: PROGRAMME, taskId: TASK_ID, unitId },
    task,
  });

  const cases: Array<[string, Principal, ChangeAccessRequest, true | string | RegExp]> = [
    ['updates status and progress', ward, taskChange(['status', 'progress']), true],
    ['updates status alone', ward, taskChange(['status']), true],
    [
      'may not touch the deadline',
      ward,
      taskChange(['deadline']),
      /^Bạn không có quyền sửa thời hạn của nhiệm vụ này/,
    ],
    [
      'may not touch the title with the status',
      ward,
      taskChange(['status', 'title']),
      /sửa tiêu đề của nhiệm vụ này/,
    ],
    ['may not delete the task', ward, taskChange([], true), 'Bạn không có quyền xóa nhiệm vụ này.'],
    ['reports for its own unit', ward, report(WARD), true],
    ['corrects its own report', ward, report(WARD, { taskId: TASK_ID, unitId: WARD }), true],
    ['may not report for another unit', ward, report(OTHER_UNIT), /đơn vị của mình/],
    [
      'may not edit another unit’s report',
      ward,
      report(WARD, { taskId: TASK_ID, unitId: OTHER_UNIT }),
      /đơn vị của mình/,
    ],
    [
      'needs read on the space',
      principal([], { unitId: WARD }),
      taskChange(['status']),
      /không có quyền truy cập/,
    ],
    [
      'another unit is read-only',
      principal([[PROGRAMME, 'read']], { unitId: OTHER_UNIT }),
      taskChange(['status']),
      /chỉ có quyền xem/,
    ],
    ['no unit, no rule', principal([[PROGRAMME, 'read']]), taskChange(['status']), /chỉ có quyền xem/],
  ];

  it.each(cases)('%s', (_name, who, change, expected) => {
    const decision = authorizeChange(who, change);
    if (expected === true) {
      expect(decision).toEqual({ allowed: true });
    } else {
      expect(decision.allowed).toBe(false);
      const reason = decision.allowed ? '' : decision.reason;
      if (!decision.allowed) expect(formatRefusal(decision.message, 'vi')).toBe(reason);
      if (typeof expected === 'string') expect(reason).toBe(expected);
      else expect(reason).toMatch(expected);
    }
  });

  it('does not apply to a report whose task is in another space or led by someone else', () => {
    const elsewhere = { ...report(WARD), task: { ...task, spaceId: MEETING } };
    expect(authorizeChange(ward, elsewhere).allowed).toBe(false);
    const notLead = { ...report(WARD), task: { ...task, leadUnitId: OTHER_UNIT } };
    expect(authorizeChange(ward, notLead).allowed).toBe(false);
    expect(authorizeChange(ward, { ...report(WARD), task: null }).allowed).toBe(false);
  });
});
