import { describe, expect, it } from 'vitest';
import type { Role } from '../sync/protocol.ts';
import type { Principal } from './access.ts';
import { authorizeChange, type ChangeAccessRequest } from './authorize-change.ts';
import type { Capability } from './capabilities.ts';
import { isMeetingOffice } from './minutes-office.ts';

const MEETING_ID = '01900000-0000-7000-8000-000000000002';
const MEETING = `meeting:${MEETING_ID}`;

function who(role: Role | null, capabilities: Capability[] = [], isAdmin = false): Principal {
  const grants = role === null ? [] : [{ spaceId: MEETING, role }];
  return { userId: 'u', isAdmin, unitId: null, grants, capabilities };
}

function signOff(op: 'create' | 'withdraw' | 'delete'): ChangeAccessRequest {
  const record = { id: MEETING_ID, spaceId: MEETING, meetingId: MEETING_ID, approverText: 'Đồng chí Bí thư' };
  return {
    entity: 'minutesSignOff',
    spaceId: MEETING,
    fields:
      op === 'create'
        ? ['meetingId', 'state', 'approverText', 'approvedAt']
        : op === 'withdraw'
          ? ['state']
          : [],
    deleted: op === 'delete',
    stored: op === 'create' ? null : record,
    merged: record,
    task: null,
  };
}

describe('the office of a meeting', () => {
  it.each([
    ['a manager of the meeting', who('manage'), true],
    ['a writer who organises meetings', who('write', ['organise_meetings']), true],
    ['an administrator', who(null, [], true), true],
    ['a plain writer', who('write'), false],
    ['a reader who organises meetings', who('read', ['organise_meetings']), false],
    ['someone without access', who(null, ['organise_meetings']), false],
  ])('%s: office %s', (_name, principal, office) => {
    expect(isMeetingOffice(principal, MEETING)).toBe(office);
    for (const op of ['create', 'withdraw'] as const) {
      expect(authorizeChange(principal, signOff(op)).allowed).toBe(office);
    }
  });

  it('tells a plain writer why, and someone without access only that', () => {
    const writer = authorizeChange(who('write'), signOff('create'));
    expect(writer.allowed ? null : writer.reason).toContain('Chỉ Văn phòng');
    const outsider = authorizeChange(who(null), signOff('create'));
    expect(outsider.allowed ? null : outsider.message.key).toBe('no_access');
  });

  it('is never deleted, not even by the office: withdrawing changes its state', () => {
    const refused = authorizeChange(who('manage'), signOff('delete'));
    expect(refused.allowed ? null : refused.message.key).toBe('sign_off_delete');
    expect(authorizeChange(who(null, [], true), signOff('delete')).allowed).toBe(false);
  });

  it('leaves the other records of the meeting to every writer', () => {
    const conclusion = { ...signOff('create'), entity: 'conclusion', fields: ['text'] };
    expect(authorizeChange(who('write'), conclusion).allowed).toBe(true);
  });
});
