import { describe, expect, it } from 'vitest';
import { DIRECTORY_SPACE } from '../domain/space.ts';
import {
  canRead,
  grantRefusal,
  canWrite,
  effectiveGrants,
  isReadable,
  readableSpaces,
  roleIn,
  type Principal,
} from './access.ts';

const P = 'programme:01900000-0000-7000-8000-000000000001';
const M = 'meeting:01900000-0000-7000-8000-000000000002';
const user = (grants: Principal['grants'], isAdmin = false): Principal => ({
  userId: 'u',
  isAdmin,
  unitId: null,
  grants,
  capabilities: [],
});

describe('space access', () => {
  it.each([
    ['no grants', [], DIRECTORY_SPACE, 'read', true, false],
    ['no grants', [], P, null, false, false],
    ['read', [{ spaceId: P, role: 'read' }], P, 'read', true, false],
    ['write', [{ spaceId: P, role: 'write' }], P, 'write', true, true],
    ['manage', [{ spaceId: M, role: 'manage' }], M, 'manage', true, true],
    [
      'write on directory',
      [{ spaceId: DIRECTORY_SPACE, role: 'write' }],
      DIRECTORY_SPACE,
      'write',
      true,
      false,
    ],
    [
      'manage on directory',
      [{ spaceId: DIRECTORY_SPACE, role: 'manage' }],
      DIRECTORY_SPACE,
      'manage',
      true,
      true,
    ],
  ] as const)('%s on %s', (_name, grants, spaceId, role, read, write) => {
    const who = user([...grants]);
    expect(roleIn(who, spaceId)).toBe(role);
    expect(canRead(who, spaceId)).toBe(read);
    expect(canWrite(who, spaceId)).toBe(write);
  });

  it('admins read and write everything', () => {
    const admin = user([], true);
    for (const space of [DIRECTORY_SPACE, P, M]) expect(canWrite(admin, space)).toBe(true);
    expect(readableSpaces(admin)).toEqual({ all: true });
  });

  it('lists readable spaces: the directory and every granted space', () => {
    const readable = readableSpaces(user([{ spaceId: P, role: 'read' }]));
    expect(readable).toEqual({ all: false, spaceIds: [DIRECTORY_SPACE, P] });
    expect(isReadable(readable, M)).toBe(false);
  });

  it('shows the implicit directory grant', () => {
    expect(effectiveGrants(user([{ spaceId: P, role: 'write' }]))).toEqual([
      { spaceId: DIRECTORY_SPACE, role: 'read' },
      { spaceId: P, role: 'write' },
    ]);
    expect(effectiveGrants(user([], true))).toEqual([{ spaceId: DIRECTORY_SPACE, role: 'manage' }]);
  });
});

describe('granting (issue 15)', () => {
  const manager = user([{ spaceId: P, role: 'manage' }]);
  it.each([
    ['a manager gives read', manager, { target: 'x', current: null, role: 'read' }, null],
    ['a manager gives write over read', manager, { target: 'x', current: 'read', role: 'write' }, null],
    ['a manager takes write away', manager, { target: 'x', current: 'write', role: null }, null],
    [
      'a manager may not give manage',
      manager,
      { target: 'x', current: null, role: 'manage' },
      'only_admin_manage',
    ],
    ['nor lower another manager', manager, { target: 'x', current: 'manage', role: 'read' }, 'other_manager'],
    ['nor remove one', manager, { target: 'x', current: 'manage', role: null }, 'other_manager'],
    ['but may give up their own', manager, { target: 'u', current: 'manage', role: null }, null],
    [
      'a writer grants nothing',
      user([{ spaceId: P, role: 'write' }]),
      { target: 'x', current: null, role: 'read' },
      'not_manager',
    ],
    ['an admin gives manage', user([], true), { target: 'x', current: 'manage', role: 'manage' }, null],
  ] as const)('%s', (_name, who, change, expected) => {
    expect(grantRefusal(who, P, change)).toBe(expected);
  });
});
